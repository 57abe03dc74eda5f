"""The README's picture of a report page in many scripts: tests/export/fixtures/every-script.json (one
idea per script Stockholm writes) as a report, the two pages with the ideas rendered by poppler's pdftoppm.

Run: .venv/bin/python docs/screenshots/make_report_scripts_shot.py   (needs poppler-utils)
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from workshop.export.import_file import read_file
from workshop.export.pdf_report import report_bytes

HERE = Path(__file__).parent
FIXTURE = HERE.parent.parent / "tests" / "export" / "fixtures" / "every-script.json"


def main() -> None:
    snapshot = read_file(FIXTURE).snapshot
    assert snapshot is not None
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        pdf.write_bytes(report_bytes(snapshot, exported_at="2026-03-14T16:00:00.000+00:00"))
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
        pages = text.stdout.decode("utf-8").split("\f")
        page = next(n for n, words in enumerate(pages, 1) if "ብርሃን" in words)
        for n, name in ((page, "report-scripts-1"), (page + 1, "report-scripts-2")):
            pages_wanted = ["-f", str(n), "-l", str(n)]
            out = HERE / name
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", *pages_wanted, "-singlefile", str(pdf), str(out)], check=True
            )


if __name__ == "__main__":
    main()
