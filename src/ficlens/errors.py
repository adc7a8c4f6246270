"""The project's own exception types: each carries a message a user can act on."""

from __future__ import annotations


class FiclensError(Exception):
    """Base class of every error ficlens raises on purpose."""


class InputError(FiclensError):
    """An input could not be read. ``str(err)`` is one line naming the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    @classmethod
    def analysis_failed(cls, source: str, exc: BaseException) -> InputError:
        """The error for a work that was read but whose analysis raised."""
        return cls(source, f"analysis failed: {exc.__class__.__name__}: {exc}")


class UsageError(FiclensError):
    """The command was called wrongly (exit status 2)."""
