"""Page Territoires (/territoires): registered here, built in dashboard.layouts.territories."""

import dash

from dashboard.components import guarded
from dashboard.layouts import territories as page

dash.register_page(__name__, path="/territoires", name="Territoires", title="Cadran", order=3)


def layout(**query: object):
    """Dash Pages passes the URL query as keyword arguments."""
    return guarded(page.layout, query)
