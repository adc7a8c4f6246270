"""The cast of a work: its characters as clusters of name forms, and every mention credited to one of them."""

from ficlens.analyse.cast.build import Cast, Cluster, Mention, build_cast

__all__ = ["Cast", "Cluster", "Mention", "build_cast"]
