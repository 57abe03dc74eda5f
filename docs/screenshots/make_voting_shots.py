"""Screenshots of voting for the README: the voting screen, the privacy screen, the results and the matrix.

Run offscreen: QT_QPA_PLATFORM=offscreen python docs/screenshots/make_voting_shots.py
Uses the demo workshop in a temporary library, so it never touches the user's data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from workshop.domain.language import Language  # noqa: E402
from workshop.services import ballots, voting  # noqa: E402
from workshop.services.demo import create_demo  # noqa: E402
from workshop.store.library import Library  # noqa: E402
from workshop.ui.presenter.voting_view import VotingView  # noqa: E402
from workshop.ui.session import Session  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZE = (1280, 760)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        lib = Library.open(Path(folder) / "library.sqlite")
        workshop, _ = create_demo(lib)
        session = Session(lib, Language.SV)
        rounds = voting.list_rounds(lib, workshop.id)
        view = VotingView(session, workshop.id)
        view.resize(*SIZE)
        view.show()

        voting.put_on_screen(lib, rounds[0].id)
        view.refresh()
        app.processEvents()
        view.grab().save(str(HERE / "results.png"))

        voting.put_on_screen(lib, rounds[1].id)
        view.refresh()
        app.processEvents()
        view.grab().save(str(HERE / "matrix.png"))

        live, _ = voting.create_round(lib, workshop.id, "Vilka idéer tar vi vidare?", "dots")
        view.refresh()
        app.processEvents()
        view.grab().save(str(HERE / "privacy.png"))
        view.start_turn()
        first = ballots.next_turn(lib, live.id)
        assert first is not None
        items = [item.id for item in voting.items_for(lib, live)]
        for item_id in (items[0], items[0], items[4]):
            ballots.place_dot(lib, live.id, first.id, item_id)
        view.cards.current = 4
        view.refresh()
        app.processEvents()
        view.grab().save(str(HERE / "voting.png"))
        session.undo_stack.clear()
        lib.close()


if __name__ == "__main__":
    main()
