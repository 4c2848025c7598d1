"""One bundle's report: reading and extraction with their cache, the checks, the HTML
report, revisions and logging.

The one layer that assembles the core, intake, extractors and validators."""
