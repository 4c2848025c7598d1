"""trustlist: intake and completeness checks for the list of trusted high-risk AI systems."""

__version__ = "0.1.0"
