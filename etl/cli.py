"""Command line of the ETL: build, validate, extract, evaluate.

Each sub-command lives in the module that does the work; this file only wires argparse.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    from etl import build_cli
    from etl.fetch import commands as fetch_commands
    from etl.news.tools import decisions_cli
    from etl.news.tools import extract_cli as news_cli

    build_cli.add_parsers(sub)
    news_cli.add_parsers(sub)
    fetch_commands.add_parsers(sub)
    decisions_cli.add_parsers(sub)

    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
