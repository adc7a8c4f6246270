# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``childbirth``: labour and giving birth."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    r"gave birth|giving birth|give birth|childbirth|labou?r pains|in labou?r|went into labou?r": 0.8,
    r"contractions": 0.5,
    r"(?:the|a|another|each|every|next|last|final) contraction (?:hit|came|ripped|tore|passed|eased|started|began|gripped|"
    r"built|peaked|wracked|racked)|(?:through|between) (?:the|another|each|a|the last|the next) contractions?": 0.5,
    r"(?:slid|slipped) (?:out )?into (?:the |his |her |their )?(?:[\w']+ ){0,2}(?:waiting )?(?:hands|arms)": 0.35,
    r"midwife|c-section|caesarean|cesarean|(?:her|his|my) waters? (?:broke|had broken|breaking|breaks)|deliver(?:ed|ing|s)? the baby": 0.6,
    r"(?:holding|held|cradling|cradled) (?:her|his|their) (?:newborn|new-?born|new baby)|(?:holding|cradling) (?:her|his|their) "
    r"(?:son|daughter)": 0.25,
    # the birth itself: pushing, the head crowning, the cord, the labour ward
    r"baby(?:'s| is| was) (?:coming|crowning|on (?:its|the) way)|(?:bear|bearing|bore) down": 0.55,
    r"(?:one more|another|last|final|big) push": 0.4,
    r"(?:see|saw|seen) the head|(?:head|baby) (?:was )?crown(?:ed|ing)|crowning": 0.6,
    r"(?:cut|clamp|clamped|cutting) the (?:umbilical )?cord|umbilical cord|placenta|afterbirth": 0.55,
    r"(?:hours?|days?) of (?:hard )?labou?r|labou?r (?:ward|room)|delivery (?:room|suite|ward)|maternity (?:ward|wing|unit)": 0.7,
    r"induc(?:e|ed|ing) (?:labou?r|her)|fully dilated|centim(?:e|è)t(?:er|re)s dilated": 0.7,
    r"(?:the )?(?:night|day|morning|evening|hour) (?:that )?(?:he|she|you|i|they|[\w']+) (?:was|were) born": 0.35,
    r"deliver(?:ed|ing|s)? (?:their|her|his|a|the|my|our) (?:son|daughter|baby|child|twins|heir)|(?:was|were) delivered of": 0.7,
    r"(?:the|a|her|their|his) (?:baby|babe|child|son|daughter|twins|heir) (?:was|were) born": 0.45,
    r"(?:screamed|groaned|cried out|bore down) and pushed|push(?:ed|es|ing)? (?:again|harder|one more time)": 0.4,
    r"(?:the|a) (?:baby|newborn) (?:came|slid|slipped) (?:out|free)|came out (?:yelling|screaming|crying|squalling|into (?:his|her) hands)": 0.5,
}
FIGURATIVE: list[str] = [
    r"g(?:ave|ive|ives|iving) birth to (?:a |an |the |this |that |his |her |their |our |my )?(?:whole new |brand new |new |whole )?(?:idea|ideas|"
    r"band|movement|genre|nation|revolution|legends?|era|style|tradition|myths?|concept|theory|company|empire|religion|"
    r"cult|dynasty|art|industry|city|universe|world|monster|rumou?rs?|story|stories|plan|scheme|project|song|album|"
    r"career|friendship|feud|rivalry|trend|fashion)\b",
    r"birth of (?:a|the) (?:nation|idea|movement|new)",
]
SENSES: tuple[OtherSense, ...] = (
    # a litter is born: puppies, kittens, a foal
    OtherSense(
        words=[r"gave birth|giving birth|give birth|in labou?r|went into labou?r|contractions|deliver\w*"],
        context=[
            r"pupp(?:y|ies)|kittens?|litters?|foals?|calf|calves|lambs?|piglets?|whelp\w*|mares?|ewes?|sows?|bitch|"
            r"cows?|cats?|dogs?"
        ],
        factor=0.0,
    ),
)
