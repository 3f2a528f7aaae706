"""Page Vue d'ensemble (/): registered here, built in dashboard.layouts.overview."""

import dash

from dashboard.components import guarded
from dashboard.layouts import overview as page

dash.register_page(__name__, path="/", name="Vue d'ensemble", title="Cadran", order=0)


def layout(**query: object):
    """Dash Pages passes the URL query as keyword arguments."""
    return guarded(page.layout, query)
