"""Readers: source files (xlsx, csv) to grids of cells, and grids to tidy records."""
