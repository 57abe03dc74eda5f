"""One rule for the system's language: the window and the command line answer alike."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from workshop.domain.language import Language, system_language

BOTH = (
    "from workshop.cli import system_language as cli\n"
    "from workshop.ui.translation import system_language as window\n"
    "print(cli().value, window().value)\n"
)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGUAGE": "sv:en", "LANG": "en_US.UTF-8"}, "sv"),  # gettext's list of languages comes first
        ({"LC_MESSAGES": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),  # messages in Swedish, numbers not
        ({"LC_NUMERIC": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "sv_SE.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "sv_SE.UTF-8"}, "sv"),  # "C" names no language
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
    ],
)
def test_the_window_and_the_command_line_pick_the_same_language(env: dict[str, str], expected: str) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    clean.update(env, QT_QPA_PLATFORM="offscreen")
    answer = subprocess.run(
        [sys.executable, "-c", BOTH], capture_output=True, text=True, env=clean, timeout=60, check=True
    )
    assert answer.stdout.split() == [expected, expected]


def test_the_rule_reads_the_variables_in_order_then_the_platform() -> None:
    assert system_language({"LC_ALL": "", "LC_MESSAGES": "sv_SE", "LANG": "en_US"}) == Language.SV
    assert system_language({}, lambda: "Swedish_Sweden") == Language.SV  # Windows spells it out
    assert system_language({}, lambda: None) == Language.EN
    assert system_language({"LANG": "POSIX"}, lambda: "sv_SE") == Language.SV
    assert system_language({"LANG": "de_DE.UTF-8"}, lambda: "sv_SE") == Language.EN
