# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``misogyny``: hatred and contempt of women, gendered slurs."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    r"misogyn\w*": 0.8,
    r"bitch(?:es|y)?|sluts?|whores?|skanks?|hoes?": 0.35,
    r"cunts?|bimbos?|gold ?diggers?": 0.35,
    # "just a woman" is dismissive; "she was a woman of wisdom" is not
    r"asking for it|(?:just|only|merely|nothing but) a (?:woman|girl)|(?:stupid|dumb|silly) (?:girl|woman|bitch|blonde)": 0.4,
    r"hysterical|nagging|shrill": 0.1,
    r"(?:make|get) me a sandwich|barefoot and pregnant": 0.6,
}
FIGURATIVE: list[str] = [
    r"sons? of (?:a )?bitch(?:es)?",
    r"resting bitch face",
    r"(?:life|karma|payback|revenge)(?:'s| is) a bitch",
    r"bitch(?:ed|es|ing) (?:about|at)",
    r"bitch[- ]?slap\w*",
    r"man-?whores?|man-?sluts?|attention whores?",
]
SENSES: tuple[OtherSense, ...] = (
    # a female dog ("a liver-coloured bitch pointer ... her puppies")
    OtherSense(
        words=[r"bitch(?:es)?"],
        context=[
            r"dogs?|hounds?|puppies|puppy|pups?|litters?|whelp\w*|kennels?|pointers?|terriers?|"
            r"spaniels?|setters?|greyhounds?|collies?|wolves|she-wolf|breed\w*|sired"
        ],
        factor=0.0,
    ),
    # an insult inside a joke, a nickname or teasing among friends ("every Alpha Bitch joke he makes")
    OtherSense(
        words=[r"bitch(?:es|y)?|sluts?|whores?|hoes?"],
        context=[
            r"jok(?:e|es|ed|ing|ingly)|teas(?:e|es|ed|ing|ingly)|kidding|banter\w*|nicknam\w*|pet names?|"
            r"playful(?:ly)?|affectionate(?:ly)?"
        ],
        factor=0.5,
    ),
)
