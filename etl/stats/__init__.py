"""The statistics-table stage: `data/raw/<source>/source.toml` and its files -> observations.

`manifest` loads and checks the manifest (rules as data), `grid` reads a file into cells,
`cells` parses French number cells, `layouts` turns a grid into records, `source` reads one
source folder into checked observations and citations, `collect` reads every folder (with
the build cache, keeping a failed source's last good rows). A source fetched from its
producer (`etl.remote`) declares it in its manifest's `[remote]` table (`remote_spec`); the
fetched table is kept in the fetch archive (`fetched`) and read like any records table.
"""
