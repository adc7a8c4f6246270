"""Knowledge bases built from data by scripts in scripts/ and shipped with the package."""

from ficlens.knowledge.fandom_kb import FandomKB, KBCharacter, load_kb

__all__ = ["FandomKB", "KBCharacter", "load_kb"]
