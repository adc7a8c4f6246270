"""Analysers: each reads the Document and adds its findings to the Report."""

from ficlens.analyse.pipeline import ANALYSERS, analyse_document, analyse_work

__all__ = ["ANALYSERS", "analyse_document", "analyse_work"]
