"""French news: ingestion of items and extraction of the figures they print."""
