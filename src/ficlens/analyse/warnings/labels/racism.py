# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``racism``: racial slurs and racist treatment, in-universe prejudice against a people or a "blood" included
(docs/taxonomy.md: a fantasy world's slurs and doctrines of purity are racism in the story)."""

from __future__ import annotations

_SLURS = r"n[i1]gg(?!l|ard)\w*|chinks?|spics?|wetbacks?|gooks?|kikes?|towelheads?|ragheads?"
_FANTASY_SLURS = r"half-?breeds?|mudbloods?|savages?|knife-?ears?|blood-?traitors?"
CUES: dict[str, float] = {
    r"racis\w*|racial slurs?|white supremac\w*": 0.8,
    _SLURS: 0.7,
    r"go back to (?:your|their|his|her) (?:own )?country": 0.7,
    _FANTASY_SLURS: 0.4,
    r"(?:because|for being) (?:black|asian|mexican|jewish|brown)": 0.45,
    # doctrines of a superior people or blood, in any world
    r"(?:racial|blood|pure-?blood|ethnic|human|aryan) (?:supremac\w*|purity|superiority|cleansing|prejudices?|bigot\w*)|purity of (?:the |their |his |her )?(?:blood|race)": 0.6,
    r"subhumans?|untermensch\w*|lesser (?:races?|beings|breeds?)|inferior (?:races?|breeds?|beings|blood)|(?:dirty|filthy) (?:blood|breeds?)": 0.5,
    r"lynch(?:ed|ing|ings|mobs?)?|segregat\w*|apartheid": 0.5,
    r"(?:colou?r|shade) of (?:his|her|their|my|your) skin": 0.35,
}
# Using a slur is the content whatever the clause around it says ("he would take the word of that mudblood").
SPOKEN: list[str] = [_SLURS, _FANTASY_SLURS]
FIGURATIVE: list[str] = [
    # a chink is also a gap ("through the chinks in the shutters") or a clink of coins
    r"chinks? (?:of|in|between|it|them)",
    r"(?:through|between) (?:the |its |their |a )?(?:\w+ )?chinks?",
    r"(?:reduced|narrowed) to (?:mere )?chinks",
    r"(?:narrow|tiny) chinks?",
    # the adjective: "a savage growl", "savage music"
    r"savage (?!(?:was|is|had|has|could|would|who|and|said|tribes?|men|women|people|races?)\b)[a-z]+",
]
