"""The city's sustainability dimensions, used to tag ideas."""

from __future__ import annotations

from enum import StrEnum


class SustainabilityTag(StrEnum):
    ECONOMIC = "economic"
    SOCIAL = "social"
    ECOLOGICAL = "ecological"
