"""What a person does with the real phone page in the whole-room test, one browser each, as blocking
Selenium steps (the test runs each browser's steps in a thread of its own, so the app's loop, which
serves the room, never waits for a browser).

Items are found by their text with one XPath query each (a ballot of sixty-odd items read element by
element would cost a WebDriver round trip per item).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from tests.browser.conftest import PHONE_HEIGHT, PHONE_WIDTH
from tests.browser.test_phone_page import confirm, page_text, roster_button, shown, wait_for

RESULT_ROW = re.compile(r"^\d+\. (?P<text>.*) — (?P<dots>\d+) prickar$")


def texts_in(driver: Any, css: str) -> list[str]:
    """The text of every element *css*, shown or not (one call)."""
    return list(
        driver.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent)", css
        )
    )


def view_from_the_page(driver: Any) -> dict[str, Any]:
    """What the server tells this phone now, fetched by the page's own origin with its own cookie."""
    return dict(
        driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch('/api/state').then(r => r.json()).then(done, e => done({error: String(e)}));"
        )
    )


@dataclass
class PersonWithPhone:
    driver: Any
    name: str
    idea: str

    def join_and_write(self, join_url: str) -> None:
        """Scan the QR code (open the join address), pick one's name, write one idea in silence."""
        self.driver.get(join_url)
        assert self.driver.execute_script("return [innerWidth, innerHeight]") == [PHONE_WIDTH, PHONE_HEIGHT]
        roster_button(self.driver, self.name).click()
        idea = shown(self.driver, "#idea")
        assert shown(self.driver, "#silent-note").text.startswith("Tyst skrivande")
        idea.send_keys(self.idea)
        self.driver.find_element("css selector", "#idea-form button[type=submit]").click()
        wait_for(self.driver, lambda d: self.idea in texts_in(d, "#ideas li"), f"{self.name}'s own idea")

    def sees_only_own_idea(self) -> dict[str, Any]:
        """Open the page again (all 63 ideas are written by now): only one's own idea is listed."""
        self.driver.refresh()
        wait_for(self.driver, lambda d: self.idea in texts_in(d, "#ideas li"), f"{self.name}'s own idea")
        assert texts_in(self.driver, "#ideas li") == [self.idea], page_text(self.driver)
        return view_from_the_page(self.driver)

    def sees_ideas(self, texts: set[str]) -> None:
        wait_for(
            self.driver,
            lambda d: texts <= set(texts_in(d, "#ideas li")),
            f"all {len(texts)} ideas on {self.name}'s phone after the reveal",
        )

    def _row(self, text: str) -> Any:
        return self.driver.find_element(
            "xpath", f"//ul[@id='items']/li[p[@class='text' and starts-with(., '{text}')]]"
        )

    def _dots_on(self, text: str) -> int:
        return int(self._row(text).find_element("css selector", "output").text)

    def _press_plus(self, text: str) -> bool:
        """Press "+" on *text* (a list redrawn under the finger is found again)."""
        self._row(text).find_elements("css selector", ".dots button")[1].click()
        return True

    def _add_dot(self, text: str, dots_then: int) -> None:
        wait_for(self.driver, lambda d: self._press_plus(text), f"the + of {text!r}")
        wait_for(self.driver, lambda d: self._dots_on(text) == dots_then, f"dot {dots_then} on {text!r}")

    def vote(self, ballot: dict[str, int], sending: threading.Event) -> None:
        """Place the dots one + at a time, send (*sending* is set just before), answer the page's
        question, see "counted"."""
        shown(self.driver, "#send-ballot")
        assert "Resultat" not in page_text(self.driver)
        for text, dots in ballot.items():
            for placed in range(1, dots + 1):
                self._add_dot(text, placed)
        assert "0 av 5 prickar kvar" in page_text(self.driver)
        sending.set()
        self.driver.find_element("css selector", "#send-ballot").click()
        confirm(self.driver)
        assert shown(self.driver, "#counted").text == "Din röst är räknad."

    def results(self) -> dict[str, int]:
        """The totals the phone shows once the facilitator has revealed them: idea text -> dots."""
        wait_for(self.driver, lambda d: d.find_element("id", "vote-rules").text == "Resultat", "the results")
        shown_totals = {}
        for row in texts_in(self.driver, "#items li"):
            found = RESULT_ROW.match(row)
            assert found, row
            shown_totals[found["text"]] = int(found["dots"])
        return shown_totals
