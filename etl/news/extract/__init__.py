"""The extraction engine: French news text -> economic figures (value, unit, metric, period,
entity, place, cited source). Pure functions of the text; entry points in `figures`."""
