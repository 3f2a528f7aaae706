"""News ingestion: files under data/raw/news (saved pages, HTML, feeds, digests) -> news items
with their dates, places and topics, before any figure is read."""
