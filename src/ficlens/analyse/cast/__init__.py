"""The cast of a work: its characters as clusters of name forms, and every mention credited to one of them."""

from ficlens.analyse.cast.build import build_cast, cast_of
from ficlens.analyse.cast.model import Cast, Cluster, Mention

__all__ = ["Cast", "Cluster", "Mention", "build_cast", "cast_of"]
