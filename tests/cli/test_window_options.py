"""The window's usual arguments are read without argparse, with the answer argparse gives for them."""

from __future__ import annotations

import argparse

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop import cli

TOKENS = ["--data-dir", "--lang", "sv", "en", "fi", "/tmp/a b", "list", "--json", "-", "--la", "--lang=sv"]
TOKENS += ["--lang=", "--data-dir=/x", "--data-dir=", "--help", "-h", "Åsa", ""]


def by_argparse(argv: list[str]) -> argparse.Namespace | str:
    try:
        return cli.build_parser().parse_args(argv)
    except SystemExit as exit_:
        return f"exit {exit_.code}"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=5))
def test_plain_window_options_read_as_argparse_reads_them(argv: list[str]) -> None:
    plain = cli.window_options(argv)
    if plain is not None:
        assert plain == by_argparse(argv)
        assert plain.command is None


def test_the_usual_starts_need_no_argparse() -> None:
    assert cli.window_options([]) == argparse.Namespace(data_dir=None, lang=None, command=None)
    assert cli.window_options(["--lang", "sv"]) == argparse.Namespace(data_dir=None, lang="sv", command=None)
    started = cli.window_options(["--data-dir=/tmp/x", "--lang", "en"])
    assert started == argparse.Namespace(data_dir="/tmp/x", lang="en", command=None)
    for other in (["--lang", "fi"], ["list"], ["--lang", "sv", "--lang", "en"], ["--data-dir"], ["-h"]):
        assert cli.window_options(other) is None
