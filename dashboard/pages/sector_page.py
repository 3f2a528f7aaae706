"""Page Secteur (/secteur): registered here, built in dashboard.layouts.sector."""

import dash

from dashboard.components import guarded
from dashboard.layouts import sector as page

dash.register_page(__name__, path="/secteur", name="Secteur", title="Cadran", order=1)


def layout(**query: object):
    """Dash Pages passes the URL query as keyword arguments."""
    return guarded(page.layout, query)
