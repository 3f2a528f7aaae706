"""Cadran's ETL: reads data/raw (statistics tables and news), writes the tidy data package."""
