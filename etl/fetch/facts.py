"""What the build would read from a new item (topics, places, figures), for relevance.

The same readers as the build's news stage, so an item shown for a figure or a place
shows that figure or place in the package.
"""

from __future__ import annotations

from pathlib import Path

from etl.fetch.relevance import Facts


class FactReader:
    """Loads the gazetteer and reference zones once, on the first item that needs them."""

    def __init__(self, raw_dir: Path) -> None:
        self.raw_dir = raw_dir
        self._ready = False

    def _load(self) -> None:
        from etl.geo.gazetteer import load_gazetteer
        from etl.news.corpus import gazetteer_finder, zone_names
        from etl.reference import load_reference

        self.reference = load_reference(self.raw_dir, load_gazetteer())
        self.zones = zone_names(self.reference)
        self.finder = gazetteer_finder(self.reference, self.zones)
        self._ready = True

    def facts(
        self,
        title: str,
        text: str,
        published: str | None,
        given_topics: tuple[str, ...],
        region: str | None,
    ) -> Facts:
        from etl.news.extract.figures import extract_figures
        from etl.news.ingest.places import find_places, place_codes
        from etl.news.ingest.topics import topics_of

        if not self._ready:
            self._load()
        body = f"{title}\n{text}"
        hits = find_places(body, self.reference.gazetteer, self.zones, region or "FR-BFC")
        _, geo = place_codes(hits)
        topics = set(given_topics) | set(topics_of(title, text))
        figures = extract_figures(text, published, self.finder, title)
        return Facts(frozenset(topics), frozenset(geo), tuple(f.metric for f in figures), body)
