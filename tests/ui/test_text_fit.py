"""Fitting a text the room must read: wrapped first, shortened only then, and never without "…"."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from workshop.ui.text_fit import ELLIPSIS, fit_lines

WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöÅÄÖ–😀", min_size=1, max_size=14), min_size=1, max_size=40
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=WORDS, width=st.integers(min_value=60, max_value=900), most=st.integers(1, 3))
def test_a_fitted_text_is_whole_or_says_it_is_cut(
    qapp: QApplication, words: list[str], width: int, most: int
) -> None:
    font = QFont(qapp.font())
    font.setPixelSize(22)
    text = " ".join(words)
    lines = fit_lines(font, text, width, most)
    assert 1 <= len(lines) <= most
    metrics = QFontMetricsF(font)
    for line in lines:
        assert metrics.horizontalAdvance(line) <= width + 1
    shown, whole = "".join(lines).replace(" ", ""), text.replace(" ", "")
    if shown != whole:  # something was left out: the last line says so
        assert lines[-1].endswith(ELLIPSIS)
        assert whole.startswith(shown[: -len(ELLIPSIS)])  # and what is shown is the text's beginning
    else:
        assert not lines[-1].endswith(ELLIPSIS)
