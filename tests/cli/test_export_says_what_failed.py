"""An export that fails while *making* a file (a file the app itself reads is missing) says that, and is
not reported as a file that could not be written; nothing is written at all then, not even the others.

Found by running the standalone bundle when it lacked pikepdf's sRGB profile: the CLI said
"report.pdf could not be written (No such file or directory). Choose another folder." of a writable folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.cli import main
from workshop.export import pdf_report


def test_a_missing_app_file_is_named_not_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0

    def missing_profile(*_args: object, **_kwargs: object) -> bytes:
        raise FileNotFoundError(2, "No such file or directory", "/app/_internal/pikepdf/pdfa/data/sRGB.icc")

    monkeypatch.setattr(pdf_report, "report_bytes", missing_profile)
    pdf, exchange = tmp_path / "out" / "r.pdf", tmp_path / "out" / "r.json"
    pdf.parent.mkdir()
    capsys.readouterr()
    code = main(
        [
            "--data-dir",
            str(data),
            "--lang",
            "en",
            "export",
            "Tryggare skolvägar",
            "--json",
            str(exchange),
            "--pdf",
            str(pdf),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "sRGB.icc" in err
    assert "could not be written" not in err
    assert "Choose another folder" not in err
    assert list(pdf.parent.iterdir()) == []  # all or nothing: the JSON was not written either
