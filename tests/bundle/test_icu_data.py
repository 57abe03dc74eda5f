"""The Linux bundle's smaller ICU data library (packaging/icu_data.py) against the full one PySide6 ships:
Qt must sort, case and format the same with both, for the names and words a Stockholm workshop has.

The smaller library is built from the venv's own ``libicudata.so.NN`` and put in front of it with
LD_PRELOAD, so the same Qt runs once with each. A probe that only passes with all of ICU's data would
show a difference (the test was checked to fail when ``coll/sv*`` is left out as well).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import icu_data  # noqa: E402

PROBE = r"""
import functools, json, sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder
app = QCoreApplication([])
names = ["Zlatan", "Åsa", "Örjan", "Ärla", "Anna", "Oskar", "Émile", "Øystein", "Ahmed", "Çağla",
         "Łukasz", "Ngọc", "Ярослав", "Σοφία", "محمد", "יעל", "李", "田中", "김", "Abebe አበበ", "2 bänkar",
         "10 bänkar", "ångest", "Ängel"]
answer = {}
for name in ("sv_SE", "en_GB", "de_DE", "fi_FI", "ar", "fa_IR", "tr_TR", "pl_PL", "zh_CN", "so_SO", "ti_ER"):
    collator = QCollator(QLocale(name))
    answer["sort " + name] = sorted(names, key=functools.cmp_to_key(collator.compare))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
    answer["natural " + name] = sorted(names, key=functools.cmp_to_key(collator.compare))
    answer["upper " + name] = QLocale(name).toUpper("istanbul ångest ß ǆ")
    answer["lower " + name] = QLocale(name).toLower("İSTANBUL ÅNGEST ΣΟΦΊΑ")
answer["windows-1252"] = QStringDecoder("windows-1252").isValid()
answer["latin-2"] = QStringDecoder("ISO-8859-2").isValid()
json.dump(answer, sys.stdout, ensure_ascii=False)
"""


def _qt_icu_data() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 carries no ICU of its own (Windows and macOS use the system's)")
    return found[0]


def _probe(preload: Path | None) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    command = [sys.executable, "-c", PROBE]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


def test_qt_sorts_cases_and_decodes_the_same_with_the_smaller_icu_data(tmp_path: Path) -> None:
    if sys.platform != "linux":
        pytest.skip("only the Linux bundle carries Qt's ICU")
    lacking = icu_data.missing_tools()
    if lacking:
        if os.environ.get("CI"):
            pytest.fail(f"CI must check the smaller ICU data: {', '.join(lacking)} missing")
        pytest.skip(f"{', '.join(lacking)} not installed (Debian: icu-devtools gcc)")
    full = _qt_icu_data()
    smaller = icu_data.trimmed_library(full, tmp_path / full.name)
    assert smaller.stat().st_size < full.stat().st_size / 3
    with_all, with_less = _probe(None), _probe(smaller)
    assert with_less == with_all
    swedish = with_less["sort sv_SE"]
    assert isinstance(swedish, list)
    assert swedish.index("Zlatan") < swedish.index("Åsa") < swedish.index("Ärla") < swedish.index("Örjan")


def test_only_data_qt_never_reads_is_left_out() -> None:
    kept = ["root.res", "sv.res", "coll/sv.res", "coll/ucadata.icu", "zoneinfo64.res", "cnvalias.icu"]
    kept += ["ibm-5348_P100-1997.cnv"]
    left_out = ["lang/sv.res", "curr/sv.res", "brkitr/thaidict.dict", "gb18030.cnv"]
    assert icu_data.unwanted(kept + left_out) == left_out
