"""Page Actualités (/actualites): registered here, built in dashboard.layouts.news."""

import dash

from dashboard.components import guarded
from dashboard.layouts import news as page

dash.register_page(__name__, path="/actualites", name="Actualités", title="Cadran", order=2)


def layout(**query: object):
    """Dash Pages passes the URL query as keyword arguments."""
    return guarded(page.layout, query)
