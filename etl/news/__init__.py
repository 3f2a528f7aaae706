"""French news, in stage rooms: `ingest` (news files -> items with dates, places, topics),
`extract` (the figure engine), `stage` (the build stage: corpus, decisions, reported
observations) and `tools` (extract, evaluate and decisions commands); `lexicon` holds the
French word lists of ingest and extract."""
