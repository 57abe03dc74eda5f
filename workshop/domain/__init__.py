"""The rules of a workshop: plain dataclasses and checks, no Qt and no SQL."""
