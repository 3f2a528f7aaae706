"""The one process pool of the news side: a function over many records, results in input order.

Used by `figures.extract_many` (the `extract` command) and by the news stage's corpus read, so
both share one rule for when a pool pays off and one way to start it (fork where available, so
workers inherit what the parent set up, such as the gazetteer place finder).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from multiprocessing import get_context
from typing import TypeVar

PARALLEL_FROM = 2000  # records; below this a process pool costs more than it saves
_In = TypeVar("_In")
_Out = TypeVar("_Out")


def map_in_order(
    func: Callable[[_In], _Out],
    items: Sequence[_In],
    workers: int | None = None,
    parallel_from: int = PARALLEL_FROM,
) -> Iterator[_Out]:
    """`func` over `items` in order: in this process up to `parallel_from` items or with one
    worker, else on a pool of all cores (or `workers`)."""
    n = workers or os.cpu_count() or 1
    if len(items) <= parallel_from or n == 1:
        yield from map(func, items)
        return
    with get_context("fork" if os.name == "posix" else "spawn").Pool(n) as pool:
        yield from pool.imap(func, items, chunksize=64)
