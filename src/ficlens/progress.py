"""The progress bar of the commands that work through a known list of works (``analyze``, ``add``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress


def stderr_bar(disable: bool = False) -> Progress:
    """A transient bar on stderr (description, bar, n/total, ETA); off when stderr is not a terminal.

    stdout is routed around the bar only when it is a terminal too: piped output (``--json``) must stay on stdout.
    """
    import sys

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(TextColumn("{task.description:<32}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=console, transient=True, disable=disable or not console.is_terminal,
                    redirect_stdout=sys.stdout.isatty())
