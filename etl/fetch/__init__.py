"""Fetching regional news feeds and pages into the local fetch archive (`data/fetched/`).

`feeds` reads the feed list, `guard` says which addresses may be fetched, `client` fetches
politely (robots.txt, pacing per host, timeouts, size and redirect caps), `parse` turns
responses into entries (feeds without XML entities, pages through trafilatura or the page
splitter), `relevance` decides which entries are shown, `archive` keeps every response and
item, `run` ties them together for `python -m etl fetch`.
"""
