"""Regression guard for PySide6 6.12 on Python 3.11, which drops a reference to None on every void call
and aborts the process after a few thousand calls (see PITFALLS.md). The pin in pyproject.toml avoids it;
this test fails if a future install brings the broken combination back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_many_void_qt_calls_leave_the_refcount_of_none_flat(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(20_000):
        label.setText(str(number))
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; on 3.11 a leak or underflow shows as a drift of ~20,000.
    assert abs(after - before) < 1_000
