"""Review of extracted figures: accounts, sessions and CSRF (auth), the local decision store,
and the queue the /revue page shows."""
