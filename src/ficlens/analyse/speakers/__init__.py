"""Who says each quotation: the rules, the conversation decoder and the orchestrator ``attribute``."""

from ficlens.analyse.speakers.attribute import attribute
from ficlens.analyse.speakers.rules import NARRATOR, Attribution, Attributor, rule_attributions

__all__ = ["NARRATOR", "Attribution", "Attributor", "attribute", "rule_attributions"]
