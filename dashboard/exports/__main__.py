"""`python -m dashboard.exports ...` = `python -m dashboard export ...` (see cli.py)."""

import sys

from dashboard.exports.export_cli import main

sys.exit(main())
