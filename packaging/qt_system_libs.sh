#!/bin/sh
# Qt's system libraries for `make run` / `make test` (called by the Makefile when the one-line
# import probe fails). As root on Debian or Ubuntu: install them with apt-get. Otherwise: print
# the exact command to run and stop with exit code 1.
set -eu
packages="$*"
is_debian() {
  [ -r /etc/os-release ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release
}
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && is_debian; then
  echo "==> Qt system libraries missing: installing them with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y -qq --no-install-recommends $packages >/dev/null
  exit 0
fi
echo "Qt's system libraries are missing (the PySide6 import probe failed). Install them with:" >&2
echo "" >&2
echo "  sudo apt-get install $packages" >&2
echo "" >&2
echo "then run make again." >&2
exit 1
