"""The web library and reader (``ficlens serve``)."""

from ficlens.web.app import create_app

__all__ = ["create_app"]
