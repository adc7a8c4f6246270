"""The project's own exception types: each carries a message a user can act on."""

from __future__ import annotations

from ficlens.safe_text import display_path, escape_controls


class FiclensError(Exception):
    """Base class of every error ficlens raises on purpose."""


class FileError(FiclensError):
    """A file could not be used. ``str(err)`` is one line naming the file and the reason, both in their safe
    form (:mod:`ficlens.safe_text`): a name or reason with a newline or an escape sequence cannot forge a line."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = display_path(source)
        self.reason = escape_controls(reason)
        super().__init__(f"{self.source}: {self.reason}")


class InputError(FileError):
    """An input could not be read."""

    @classmethod
    def analysis_failed(cls, source: str, exc: BaseException) -> InputError:
        """The error for a work that was read but whose analysis raised."""
        return cls(source, f"analysis failed: {exc.__class__.__name__}: {exc}")


class OutputError(FileError):
    """An output could not be written."""

    @classmethod
    def from_os_error(cls, target: str, exc: OSError) -> OutputError:
        return cls(target, f"cannot be written ({exc.strerror or exc})")


class UsageError(FiclensError):
    """The command was called wrongly (exit status 2)."""
