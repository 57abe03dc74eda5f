"""Thin Qt item models over domain lists: no SQL and no rules inside data()."""
