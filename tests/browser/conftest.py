"""A real phone browser for the room's page: Debian's chromium, headless, driven by Selenium.

The browser is emulated as a phone (390×844 CSS pixels, touch, a phone's user agent) and can reach
127.0.0.1 only: every other address goes to a proxy that does not exist, so a page that asked a CDN (or
anything off this machine) for something would show it broken instead of quietly loading it.

Outside CI a machine without chromium, chromedriver or axe-core skips these tests and says what to
install; in CI (``CI`` set) their absence fails, so a green run never hides a browser test not run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest

HERE = Path(__file__).parent
AXE_SCRIPT = HERE / "node_modules" / "axe-core" / "axe.min.js"
PHONE_WIDTH, PHONE_HEIGHT = 390, 844
PHONE_USER_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/156.0.0.0 Mobile Safari/537.36"
)
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _missing(what: str) -> NoReturn:
    """Skip on a developer's machine that lacks *what*; fail in CI, where .ci/run installs it."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} (.ci/run installs it)", pytrace=False)
    pytest.skip(what)


@dataclass(frozen=True)
class BrowserPaths:
    chromium: str
    chromedriver: str


@pytest.fixture(scope="session")
def browser_paths() -> BrowserPaths:
    try:
        import selenium  # noqa: F401
    except ImportError:
        _missing("selenium is not installed: pip install -e '.[test]'")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        _missing("Debian's chromium or chromium-driver is missing: apt-get install chromium chromium-driver")
    return BrowserPaths(chromium, driver)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_SCRIPT.is_file():
        _missing(f"axe-core is missing in {AXE_SCRIPT.parent.parent}: npm install --prefix tests/browser")
    return AXE_SCRIPT.read_text(encoding="utf-8")


def phone_options(paths: BrowserPaths) -> Any:
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = paths.chromium
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-domain-reliability",
        "--no-pings",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
        # Only this machine's loopback address is reachable (the proxy on port 9 does not exist).
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=127.0.0.1",
        "--lang=sv-SE",
    ):
        options.add_argument(argument)
    options.add_experimental_option(
        "mobileEmulation",
        {
            "deviceMetrics": {"width": PHONE_WIDTH, "height": PHONE_HEIGHT, "pixelRatio": 2.0, "touch": True},
            "userAgent": PHONE_USER_AGENT,
        },
    )
    return options


@pytest.fixture
def make_phone(browser_paths: BrowserPaths) -> Iterator[Callable[[], Any]]:
    """Phones (each its own browser, cookies and storage), all closed at the end of the test."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    drivers: list[Any] = []

    def make() -> Any:
        service = Service(executable_path=browser_paths.chromedriver)
        driver = webdriver.Chrome(service=service, options=phone_options(browser_paths))
        driver.set_page_load_timeout(20)
        driver.set_script_timeout(30)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.quit()


@pytest.fixture
def phone(make_phone: Callable[[], Any]) -> Any:
    """One phone's browser."""
    return make_phone()


def axe_violations(driver: Any, source: str) -> list[dict[str, Any]]:
    """Run axe-core in the page as it is now, with the WCAG 2.0/2.1 A and AA rules only."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations), e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        WCAG_21_AA,
    )
    return list(result)


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """Rule, what it asks, and each offending element (its selector and HTML), for a failure message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation.get('impact')}): {violation.get('help')}")
        for node in violation.get("nodes", []):
            lines.append(f"    {' '.join(map(str, node.get('target', [])))}: {node.get('html', '')[:200]}")
            summary = node.get("failureSummary")
            if summary:
                lines.append("      " + summary.replace("\n", " | ")[:300])
    return "\n".join(lines)


@pytest.fixture
def assert_accessible(axe_source: str) -> Callable[[Any, str], None]:
    """``assert_accessible(driver, "join")``: 0 violations of WCAG 2.1 AA on the screen shown now."""

    def check(driver: Any, screen: str) -> None:
        violations = axe_violations(driver, axe_source)
        assert not violations, f"axe-core on the {screen} screen:\n{describe_violations(violations)}"

    return check
