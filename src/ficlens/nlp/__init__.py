"""The NLP layer: the work is read once into a Document of offset spans."""

from ficlens.nlp.document import Chunk, Document, Entity, TextSpan, build_document
from ficlens.nlp.loader import load_nlp

__all__ = ["Chunk", "Document", "Entity", "TextSpan", "build_document", "load_nlp"]
