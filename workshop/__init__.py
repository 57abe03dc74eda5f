"""Idéverkstad: run a whole innovation workshop offline on one laptop."""

__version__ = "0.1.0"
APP_NAME = "Idéverkstad"
