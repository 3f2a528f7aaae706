"""Page Données (/donnees): registered here, built in dashboard.layouts.table."""

import dash

from dashboard.components import guarded
from dashboard.layouts import table as page

dash.register_page(__name__, path="/donnees", name="Données", title="Cadran", order=4)


def layout(**query: object):
    """Dash Pages passes the URL query as keyword arguments."""
    return guarded(page.layout, query)
