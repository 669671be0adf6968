"""The package version: the single source read by pyproject.toml and the User-Agent."""

__version__ = "0.2.2"
