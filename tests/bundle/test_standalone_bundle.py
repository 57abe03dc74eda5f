"""The standalone app folder, tested as it ships: built by packaging/build_bundle.py, then run with no Python.

Every command runs the bundled program in an empty environment (``env -i``): a temporary HOME, a PATH that
holds no Python, no PYTHONPATH and no site-packages to fall back on. So a data file the spec forgets, or a
module only the venv has, fails here as it would on a city laptop.

The bundle is built once for this module (about a minute on two cores) unless ``IDEVERKSTAD_BUNDLE`` names
an already built ``Ideverkstad`` folder. Outside CI the module is skipped when PyInstaller is not installed
(``pip install -e '.[test]'`` installs it); in CI it always runs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _need(condition: bool, reason: str) -> None:
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the bundle test: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("IDEVERKSTAD_BUNDLE")
    if given:
        return Path(given)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        _need(False, "PyInstaller is not installed")
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_bundle.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist" / "Ideverkstad"


@pytest.fixture(scope="module")
def clean_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """What `env -i` leaves, plus a home of its own and a PATH with no Python on it."""
    home = tmp_path_factory.mktemp("home")
    no_python = tmp_path_factory.mktemp("bin")
    return {"HOME": str(home), "PATH": str(no_python), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def program(bundle: Path) -> Path:
    return bundle / ("ideverkstad-cli.exe" if sys.platform == "win32" else "ideverkstad")


def run_bundled(bundle: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in env.items()), str(program(bundle)), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_bundle_carries_every_file_the_app_reads_and_the_licences(bundle: Path) -> None:
    shipped = bundle / "_internal"
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and path.suffix not in {".ts", ".py", ".pyc"} and "__pycache__" not in path.parts:
            relative = path.relative_to(ROOT)
            assert (shipped / relative).is_file(), f"{relative} is missing from the bundle"
    licences = shipped / "licenses"
    names = {p.name.lower() for p in licences.iterdir()}
    assert any(n.startswith("pyside6") for n in names), names
    assert any(n.startswith("reportlab") for n in names), names
    assert any(n.startswith("python-") for n in names), names
    assert any((licences / "fonts").glob("*")), "font licences are missing"
    assert not any(shipped.rglob("*.ts")), "translation sources are for developers"


def test_the_bundle_runs_with_no_python_version_demo_export_and_import(
    bundle: Path, clean_env: dict[str, str], tmp_path: Path
) -> None:
    assert shutil.which("python3", path=clean_env["PATH"]) is None
    version = run_bundled(bundle, clean_env, "--version")
    assert version.returncode == 0, version.stderr
    assert "Idéverkstad" in version.stdout

    first, second = tmp_path / "first", tmp_path / "second"
    demo = run_bundled(bundle, clean_env, "--data-dir", str(first), "demo")
    assert demo.returncode == 0, demo.stderr
    listed = json.loads(run_bundled(bundle, clean_env, "--data-dir", str(first), "list", "--json").stdout)
    workshop_id = listed[0]["id"]
    pdf, exchange, csv = tmp_path / "report.pdf", tmp_path / "workshop.json", tmp_path / "ideas.csv"
    export = run_bundled(
        bundle,
        clean_env,
        "--data-dir",
        str(first),
        "export",
        workshop_id,
        "--pdf",
        str(pdf),
        "--json",
        str(exchange),
        "--csv",
        str(csv),
    )
    assert export.returncode == 0, export.stderr

    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Tryggare skolvägar" in text
    ideas = json.loads(exchange.read_text(encoding="utf-8"))["ideas"]
    assert len(ideas) >= 40
    assert any(idea["text"][:30] in text.replace("\n", " ") for idea in ideas)
    assert csv.read_text(encoding="utf-8-sig").splitlines()[0].startswith("title/sv")

    imported = run_bundled(bundle, clean_env, "--data-dir", str(second), "import", str(exchange))
    assert imported.returncode == 0, imported.stderr
    again = json.loads(run_bundled(bundle, clean_env, "--data-dir", str(second), "list", "--json").stdout)
    assert [w["title"] for w in again] == ["Tryggare skolvägar"]


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    _need(xvfb is not None, "Xvfb is not installed (Debian: xvfb)")
    assert xvfb is not None
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0).toImage()
colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
image.save(sys.argv[1])
print(len(colours))
"""


def test_the_bundled_window_opens_on_a_real_x_screen(
    bundle: Path, clean_env: dict[str, str], x_display: str, tmp_path: Path
) -> None:
    env = dict(clean_env, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    window = subprocess.Popen(
        [
            "env",
            "-i",
            *(f"{k}={v}" for k, v in env.items()),
            str(program(bundle)),
            "--lang",
            "sv",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shot = tmp_path / "window.png"
    grab_env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    colours = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and window.poll() is None:
            grabbed = subprocess.run(
                [sys.executable, "-c", GRAB, str(shot)],
                capture_output=True,
                text=True,
                env=grab_env,
                timeout=60,
            )
            colours = int(grabbed.stdout.strip() or 0)
            if colours > 20:  # a painted window: text, buttons and a table, not one flat background
                break
            time.sleep(0.5)
    finally:
        window.terminate()
        out, err = window.communicate(timeout=20)
    assert colours > 20, f"the screen stayed blank ({colours} colours); the program said: {err[-2000:]}"


def test_the_bundled_room_serves_the_phone_page_without_tls_or_openssl(
    bundle: Path, clean_env: dict[str, str], tmp_path: Path
) -> None:
    """The bundle leaves out Python's ssl and OpenSSL (5 MB): the room is plain http on the room's network."""
    shipped = bundle / "_internal"
    assert not list(shipped.rglob("_ssl*")), "Python's ssl is in the bundle"
    assert not list(shipped.rglob("libssl*")), "OpenSSL is in the bundle"
    data = tmp_path / "data"
    assert run_bundled(bundle, clean_env, "--data-dir", str(data), "demo").returncode == 0
    workshop_id = json.loads(
        run_bundled(bundle, clean_env, "--data-dir", str(data), "list", "--json").stdout
    )[0]["id"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    room = subprocess.Popen(
        [
            "env",
            "-i",
            *(f"{k}={v}" for k, v in clean_env.items()),
            str(program(bundle)),
            "--data-dir",
            str(data),
            "room",
            workshop_id,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert room.stdout is not None
        said = [room.stdout.readline() for _ in range(4)]
        assert any(f"127.0.0.1:{port}" in line for line in said), said
        code = next(m.group(1) for line in said if (m := re.search(r"(?:Kod|Code): (\w+)", line)))
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/welcome?code={code}", timeout=10) as answer:
            welcome = json.loads(answer.read())
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as answer:
            page = answer.read().decode("utf-8")
    finally:
        room.send_signal(signal.SIGINT)
        room.communicate(timeout=20)
    assert welcome["title"] == "Tryggare skolvägar"
    assert "<html" in page.lower()


def test_the_bundled_icu_data_is_the_smaller_one(bundle: Path) -> None:
    """packaging/icu_data.py rebuilds ICU's 31 MB data library with only what Qt reads (about 8 MB);
    tests/bundle/test_icu_data.py checks that Qt sorts and cases the same with it."""
    libraries = list((bundle / "_internal").rglob("libicudata.so.*"))
    real = [p for p in libraries if not p.is_symlink()]
    assert real, "ICU's data library is missing"
    assert all(p.stat().st_size < 12_000_000 for p in real), [(p.name, p.stat().st_size) for p in real]
    assert not [p for p in (bundle / "_internal").rglob("*") if p.is_symlink() and not p.exists()]
