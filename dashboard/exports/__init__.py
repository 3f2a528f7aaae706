"""Exports of a view: Excel report, images, PowerPoint deck, embeds and a zipped data bundle.

Every export starts from the same `ExportScope` (`scope.py`): the dashboard's `View` (parsed
and validated by `dashboard.view.parse_view`) widened so that indicator, segment or place may
be "all". Writers turn a scope into bytes; the CLI (`cli.py`) and the Flask routes (`web.py`)
only parse options and hand the bytes over. Nothing here imports `etl`.
"""
