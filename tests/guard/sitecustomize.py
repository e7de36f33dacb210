"""Installed through PYTHONPATH by tests/core/test_no_network.py: any network use ends the process.

An audit hook sees every socket operation, also those made through ``_socket`` or a C
extension that calls Python's socket module; a connection attempt writes what it was to
``$GOEDWERK_NETWORK_LOG`` and exits with code 99 at once, so no ``except`` can swallow it.
"""

import os
import socket
import sys

_LOG = os.environ.get("GOEDWERK_NETWORK_LOG", "")
_EVENTS = {
    "socket.connect",
    "socket.sendto",
    "socket.sendmsg",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}


def _local(args: tuple) -> bool:
    """A Unix-domain socket (fontconfig, D-Bus) is no network."""
    sock = args[0] if args else None
    return getattr(sock, "family", None) == getattr(socket, "AF_UNIX", -1)


def _guard(event: str, args: tuple) -> None:
    if event in _EVENTS and not (event in ("socket.connect", "socket.bind") and _local(args)):
        if _LOG:
            with open(_LOG, "a", encoding="utf-8") as log:
                log.write(f"{event} {args[1:]!r}\n")
        os._exit(99)


sys.addaudithook(_guard)
