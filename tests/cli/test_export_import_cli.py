"""`export` and `import` on the command line: files written, messages in sv/en, exit codes 0/1/2."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.cli import main


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "--lang", "en", *args])


def test_export_writes_all_three_files(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, js, cs = tmp_path / "r.pdf", tmp_path / "r.json", tmp_path / "r.csv"
    code = run(
        data_dir, "export", "Tryggare skolvägar", "--pdf", str(pdf), "--json", str(js), "--csv", str(cs)
    )
    assert code == 0
    assert "Exported" in capsys.readouterr().out
    assert len(PdfReader(pdf).pages) >= 3
    assert json.loads(js.read_text(encoding="utf-8"))["workshop"]["title"] == "Tryggare skolvägar"
    rows = list(csv.reader(cs.open(encoding="utf-8", newline=""), delimiter=";"))
    assert rows[0][:2] == ["title/sv", "body/sv"]


def test_export_in_english_and_anonymised(data_dir: Path, tmp_path: Path) -> None:
    pdf, js = tmp_path / "r.pdf", tmp_path / "r.json"
    code = run(
        data_dir,
        "export",
        "Tryggare skolvägar",
        "--pdf",
        str(pdf),
        "--json",
        str(js),
        "--anonymize",
        "--lang",
        "en",
    )
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "WORKSHOP REPORT" in text
    for name in ("Anna Lindqvist", "Mehmet Yilmaz", "Maja Sundström"):
        assert name not in text
        assert name not in js.read_text(encoding="utf-8")


def test_unknown_or_ambiguous_workshop_is_exit_1(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "export", "Finns inte", "--json", str(tmp_path / "x.json")) == 1
    assert "no workshop" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "--lang",
                "sv",
                "export",
                "Tryggare skolvägar",
                "--json",
                str(tmp_path / "x.json"),
            ]
        )
        == 1
    )
    assert "flera workshoppar" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_export_without_an_output_is_usage_error(data_dir: Path) -> None:
    assert run(data_dir, "export", "Tryggare skolvägar") == 2


def test_bad_option_is_exit_2(data_dir: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(data_dir, "export", "x", "--lang", "de")
    assert stopped.value.code == 2


def test_import_refuses_an_existing_workshop_unless_as_copy(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    js = tmp_path / "r.pdf"
    assert run(data_dir, "export", "Tryggare skolvägar", "--pdf", str(js)) == 0
    assert run(data_dir, "import", str(js)) == 1
    assert "--as-copy" in capsys.readouterr().err
    assert run(data_dir, "import", str(js), "--as-copy") == 0
    assert "Imported" in capsys.readouterr().out


def test_import_into_another_library(data_dir: Path, tmp_path: Path) -> None:
    js = tmp_path / "r.json"
    assert run(data_dir, "export", "Tryggare skolvägar", "--json", str(js)) == 0
    assert run(tmp_path / "other", "import", str(js)) == 0


def test_import_lists_problems_with_paths_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "ideverkstad-workshop",
                "format_version": 1,
                "workshop": {"title": ""},
                "ideas": [{"id": "1"}],
            }
        ),
        encoding="utf-8",
    )
    assert main(["--data-dir", str(data_dir), "--lang", "sv", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "inget har ändrats" in err
    assert "$.workshop.title" in err
    assert "$.ideas[0]" in err
    main(["--data-dir", str(data_dir), "list", "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_import_of_a_missing_file_is_exit_1(data_dir: Path, tmp_path: Path) -> None:
    assert run(data_dir, "import", str(tmp_path / "nope.json")) == 1


HOSTILE_BASE = {
    "format": "ideverkstad-workshop",
    "format_version": 1,
    "workshop": {"title": "Fientlig fil"},
    "participants": [{"id": "p1", "name": "Åsa"}],
    "ideas": [{"id": "i1", "text": "Fler bänkar"}],
}
DEPTHS = [1, 2, 5, 16, 17, 100, 500, *range(985, 1026), 1500, 2000, 3000]


@pytest.mark.parametrize("where", ["text", "name"])
def test_import_of_deeply_nested_values_is_one_clear_line_and_exit_1(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    template = json.dumps(HOSTILE_BASE)
    template = template.replace('"Fler b\\u00e4nkar"' if where == "text" else '"\\u00c5sa"', "@@")
    assert "@@" in template
    path = tmp_path / "deep.json"
    for depth in DEPTHS:
        path.write_text(template.replace("@@", "[" * depth + "]" * depth), encoding="utf-8")
        assert run(data_dir, "import", str(path)) == 1, depth
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 2, (depth, err)  # "cannot be imported; nothing was changed:" and the one problem
        assert err[1].startswith("  $"), (depth, err)
        assert "Traceback" not in err[1]


def test_import_of_a_file_with_more_ideas_than_any_workshop_says_the_limit(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.json"
    path.write_text(json.dumps({**HOSTILE_BASE, "ideas": [{}] * 200_000}), encoding="utf-8")
    assert run(data_dir, "import", str(path)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[1:] == ["  $.ideas: The file has 200,000 ideas; a workshop file holds at most 20,000."]


def test_import_counts_the_problems_it_does_not_list(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.json"
    ideas = [{"id": f"i{n}", "text": " "} for n in range(120)]
    path.write_text(json.dumps({**HOSTILE_BASE, "ideas": ideas}), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "--lang", "sv", "import", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "  … och 70 till"  # 50 listed of 120
