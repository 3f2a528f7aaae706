"""One line of the build's report: what became of a source (statistics table or news file).

Its own module so that the build and the news stage can both use it without importing each
other (`etl.pipeline` runs the news stage; the news stage reports through this class).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SourceReport:
    name: str
    status: str  # built, cached, skipped (remote, not fetched), failed, kept (failed, rows kept)
    rows: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
