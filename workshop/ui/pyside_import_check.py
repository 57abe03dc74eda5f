"""PySide6's check of every imported module, made cheap: ~10 ms of the window's start-up.

PySide6 (PYSIDE-2029) looks at each module imported after it, once per name, to learn if it uses PySide
(and so might switch on ``from __feature__ import snake_case``): it asks ``inspect.getsource()`` for the
module's text, which goes through linecache and tokenize, and searches it for "PySide6". The window's
start-up imports some 80 modules after PySide6, and those searches cost about as much as importing them.

:func:`check_sources_quickly` gives PySide the same answer by reading a module's ``.py`` file as bytes;
for anything else (no source file, a module in a zip, a frozen app) PySide's own check still answers.
If a PySide version has no such check, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def check_sources_quickly() -> bool:
    """Replace PySide's check by the quick one (once); True if PySide has the check at all."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_bytes", False):
        return True
    setattr(feature, CHECK, quick_check(original))
    return True


def quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    return uses_pyside
