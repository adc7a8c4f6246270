# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``abortion``: a pregnancy ended on purpose."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import EDUCATION
from ficlens.analyse.warnings.labels.pregnancy import FIGURATIVE as PREGNANT_FIGURES
from ficlens.analyse.warnings.labels.pregnancy import SIGNS as PREGNANCY_SIGNS
from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    # the back street and its instruments, protesters at the clinic, "before it was legal"
    r"(?:woman|doctor|man|midwife|someone|place|address|room) (?:in|on|down) (?:the |a )?back[- ]?(?:streets?|alleys?)": 0.35,
    r"(?:didn't|did not|never|wouldn't) ask(?:ed)? (?:any )?questions|no questions asked|and no questions": 0.25,
    r"protest(?:er|or)s? (?:\w+ ){0,3}(?:outside|at|in front of) the (?:clinic|hospital)|clinic protest(?:er|or)s": 0.55,
    r"(?:the )?procedure": 0.2,
    r"before it was legal": 0.35,
    r"abortions?|aborted (?:the|a|her|my|their) (?:baby|pregnancy|fetus|foetus)": 0.8,
    r"terminat\w* (?:the|her|my) pregnancy": 0.8,
    # the procedure, the pills and herbs, the clinic; pregnancy words corroborate
    r"terminat(?:ion|e|ed|ing)": 0.45,
    r"for (?:medical|foetal|fetal) reasons|incompatible with life": 0.35,
    r"(?:moon|tansy|pennyroyal) tea|pennyroyal|mifepristone|misoprostol|abortifacient\w*": 0.7,
    r"(?:get|got|getting|gets) rid of (?:the baby|the pregnancy|the child)|(?:end|ended|ending|ends) (?:the|a|her|my|this|that) pregnancy": 0.7,
    r"knitting needles?|coat ?hangers?|crochet hooks?": 0.25,
    r"back[- ]?(?:street|alley) (?:abortion\w*|butcher|job|doctor|clinic)": 0.6,
    r"(?:the )?clinic": 0.2,
    r"(?:the )?(?:first|second) (?:pill|tablet|dose)": 0.25,
    r"(?:wasn't|isn't|was no longer|is no longer|weren't|was not) pregnant (?:any ?more|any longer)": 0.4,
    # a pregnancy's signs at 0.4 of their weight: corroborating evidence, the ground an abortion stands on, not an
    # abortion
    **{pattern: round(weight * 0.4, 3) for pattern, weight in PREGNANCY_SIGNS.items()},
    # not keeping it, the law as it was, the pills, the decision
    r"(?:not|never) (?:having|keeping|going to have) (?:his|the|this|it|a|their|that) (?:baby|child|kid)|(?:not|never) (?:having|keeping) it\b": 0.45,
    r"when it was (?:still )?(?:a crime|illegal|against the law)": 0.35,
    r"(?:chose|choose|took|take|takes|taking|swallowed) the (?:pills|tablets)": 0.25,
    r"(?:done|did|made|making) the right (?:thing|choice|decision)": 0.3,
}
FIGURATIVE: list[str] = [
    r"abort (?:the )?(?:mission|plan|launch)",
    r"aborted (?:the )?(?:mission|plan|launch)",
    # being fired or a contract ended; the Terminator
    r"terminat(?:ion|e|ed|ing) (?:of (?:his|her|their|my|the|your) )?(?:employment|contract|lease|tenancy|service|"
    r"agreement|partnership|appointment|position|job|programme|program|process|session|call|connection|signal|"
    r"sequence|protocol|line|station)",
    r"(?:was|were|got|been|be|being) terminated",
    r"terminat(?:e|ed|ing) "
    r"(?:him|her|them|me|you|the target)",
    r"terminators?",
] + PREGNANT_FIGURES
SENSES: tuple[OtherSense, ...] = (
    # a course, a debate or a law about abortion, not a character's own
    OtherSense(words=[r"abortions?"], context=EDUCATION, factor=0.3),
)
