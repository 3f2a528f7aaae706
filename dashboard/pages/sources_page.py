"""Page Sources et méthode (/sources): registered here, built in dashboard.layouts.sources."""

import dash

from dashboard.components import guarded
from dashboard.layouts import sources as page

dash.register_page(
    __name__,
    path="/sources",
    name="Sources et méthode",
    title="Cadran",
    order=5,
)


def layout(**query: object):
    """Dash Pages passes the URL query as keyword arguments."""
    return guarded(page.layout, query)
