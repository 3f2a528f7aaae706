"""Remote statistics sources: fetching the table a manifest's `[remote]` table points to.

The `[remote]` table itself is read and checked with the manifest (`etl.stats.remote_spec`),
and the fetched tables are kept where the build reads them (`etl.stats.fetched`): this
package only fetches. `http` asks the producer politely through the fetch client (429
Retry-After honoured, 5xx a failure), one module per kind turns the producer's answer into
long records through the library made for it (`opendatasoft`; `sdmx_source` with sdmx1;
`insee` with pynsee, which asks Insee itself), `remote_places` joins them to the gazetteer
and adds the totals the manifest allows, `stats_run` ties them together for
`python -m etl fetch --stats`. The build reads the archived table like any records table.
"""
