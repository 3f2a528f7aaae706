"""Commands around the news stage: `extract`, `evaluate` (scoring against labelled articles) and
`decisions export|migrate`; nothing here runs in a build."""
