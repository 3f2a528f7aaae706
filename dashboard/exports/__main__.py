"""`python -m dashboard.exports ...` = `python -m dashboard export ...` (see cli.py)."""

import sys

from dashboard.exports.cli import main

sys.exit(main())
