"""Run Goed Werk with ``python -m goedwerk``."""

from __future__ import annotations

import sys

from goedwerk.cli import main

sys.exit(main())
