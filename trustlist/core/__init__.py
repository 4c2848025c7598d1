"""The ground floor: the data model, the report, settings, errors and the domain's pure
helpers (names, dates, identifiers, working days, the bundle manifest).

It imports nothing of ours; every other layer stands on it."""
