"""Remote statistics sources: a manifest's `[remote]` table says where its table comes from.

`spec` reads and checks the `[remote]` table, `http` asks the producer politely through the
fetch client (429 Retry-After honoured, 5xx a failure), one module per kind turns the
producer's answer into long records (`opendatasoft`, `sdmx_source`, `insee`), `places`
joins them to the gazetteer and adds the totals the manifest allows, `store` keeps each
normalised table in the fetch archive, `run` ties them together for
`python -m etl fetch --stats`. The build reads the archived table like any records table.
"""
