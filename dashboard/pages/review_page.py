"""Page Revue des chiffres (/revue): registered here, built in dashboard.layouts.review."""

import dash

from dashboard.components import guarded
from dashboard.layouts import review as page

dash.register_page(__name__, path="/revue", name="Revue", title="Cadran", order=9)


def layout(**query: object):
    """Dash Pages passes the URL query as keyword arguments."""
    return guarded(page.layout, query)
