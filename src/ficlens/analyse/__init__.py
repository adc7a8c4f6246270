"""The analysis of a work: stages that read its Document and fill its Report (pipeline.py)."""

from ficlens.analyse.pipeline import STAGES, analyse_document, analyse_work

__all__ = ["STAGES", "analyse_document", "analyse_work"]
