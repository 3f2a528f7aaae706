"""Cadran's Dash app: reads the tidy data package (data/tidy) and shows it, French first."""
