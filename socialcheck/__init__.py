"""socialcheck: a pre-checker for Dutch schools' social-media posts, web pages
and photo folders. See README.md."""

__version__ = "0.1.0"
