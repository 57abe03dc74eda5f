"""Find a widget class by its "module:Class" path, so areas can be added without editing one shared file."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any


def exists(path: str) -> bool:
    module_name = path.partition(":")[0]
    return importlib.util.find_spec(module_name) is not None


def load(path: str) -> Any:
    module_name, _, class_name = path.partition(":")
    return getattr(importlib.import_module(module_name), class_name)
