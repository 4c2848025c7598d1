"""The reviewer's desk: the registry of reports and decisions, accounts, notices, the
published lists and the operator's status.

Stands on the core, intake and the check catalogue; the web app stands on it."""
