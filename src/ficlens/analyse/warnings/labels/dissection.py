# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``dissection``: bodies opened: autopsy, dissection and organs taken out."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import GORE
from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    r"dissect\w*|vivisect\w*": 0.8,
    r"cut (?:him|her|them|it) open|sliced open|flay\w*|disembowel\w*|eviscerat\w*": 0.7,
    r"autops\w*": 0.55,
    r"scalpel\w*|amputat\w*|mutilat\w*": 0.45,
    r"organs|entrails|innards": 0.4,
    # the autopsy's and the lab's steps: the incision, lifting out organs, peeling back skin, pinning the specimen
    r"y-?incision|(?:rib|bone|skull) (?:shears|saw|spreaders?|cutters)|(?:chest|abdominal|body|thoracic) cavity": 0.65,
    r"incisions?": 0.35,
    r"cadavers?": 0.35,
    r"(?:sawed|sawing|saws|cut|cutting|cracked|cracking|split|splitting) (?:through|open) (?:the |his |her |its )?(?:breastbone|"
    r"sternum|ribs|ribcage|rib cage|skull|chest|pelvis|spine)": 0.55,
    r"(?:each|every|one) organ": 0.4,
    r"(?:his|her|its|their|my|the [\w']+'s) insides": 0.35,
    r"(?:lift(?:ed|s|ing)?|remov(?:e|ed|es|ing)|scoop(?:ed|ing|s)?|pull(?:ed|s|ing)? out) (?:out )?(?:each |the |his |her |its |their )?"
    r"(?:\w+ )?(?:heart|lungs?|liver|kidneys?|organs?|stomach|brain|intestines|entrails|spleen|innards)": 0.5,
    r"(?:opened|open(?:s|ing)?|cut(?:ting)? open|sliced open|slit open|split open|cracked open|laid open|cut (?:down|into|through)) "
    r"(?:up )?(?:its|his|her|the|their|my) (?:[\w']+ ){0,2}(?:abdomen|belly|chest|stomach|torso|skull|ribcage|rib cage|midline|sternum|gut)": 0.55,
    r"(?:opening|opened|open|cut|cutting|slicing|sliced) (?:me|him|her|them|it) (?:up|open)": 0.55,
    r"(?:peeled|peel|peels|peeling|pinned|pinning|pins|pin) (?:back |aside |away )?(?:the )?(?:skin|flesh|flaps?|scalp|hide|pelt)": 0.5,
    r"formaldehyde|formalin|specimen jars?|(?:autopsy|examination|dissecting|dissection|mortuary|morgue|steel) (?:table|slab|tray)|"
    r"(?:wax|dissecting) tray": 0.35,
    r"(?:separat\w*|strip\w*|trim\w*) (?:the )?(?:muscle|flesh|meat|tendons?) (?:from|off) (?:the )?(?:bone|bones|skeleton)": 0.45,
    r"(?:carved|cut|ripped|torn|tore|gouged|scooped|cutting|carving) out (?:his|her|their|its|the|my) (?:\w+ )?(?:heart|eyes?|organs?|"
    r"liver|kidneys?|lungs?|tongue|entrails|brain)": 0.55,
    r"while (?:he|she|it|they|i) (?:was|were) (?:still )?(?:alive|breathing|awake|conscious)": 0.3,
    r"(?:to|and) (?:study|examine|catalogue|catalog|sample|dissect) (?:the |its |his |her |their )?(?:\w+ )?(?:organs?|insides|"
    r"tissue|innards|brain|heart|lungs|nerves|remains|corpse|body|specimen|roots?)": 0.3,
    r"(?:lifted|lifts|lift|took|takes|scooped|pulled|removed|removes) (?:it|them|the (?:liver|heart|lungs?|kidneys?|brain|stomach|"
    r"spleen|organs?)) out|(?:set|put|placed|laid|weighed) (?:it|them|the (?:liver|heart|lungs?|kidneys?|brain|organs?)) (?:on|in) "
    r"the (?:scales?|tray|dish|jar)|(?:lifted|lifts|lift|took|takes|scooped|pulled|removed|removes) out (?:the )?(?:guts|organs|"
    r"entrails|liver|heart|lungs?|kidneys?|brain|intestines|innards|viscera)": 0.4,
    r"sternum|rib ?cage|bone saw": 0.25,
    r"(?:the )?(?:liver|kidneys?|spleen|lungs|stomach contents)": 0.2,
    r"(?:cut|cuts|slit|slits|incision) (?:up|down|along|across) the (?:belly|abdomen|chest|stomach|torso)|from (?:throat|chin|tail|"
    r"sternum|breastbone|collarbone) to (?:groin|tail|throat|navel|pelvis|belly)": 0.45,
    r"(?:peel\w*|fold\w*|work\w*|pull\w*) (?:the )?(?:skin|hide|pelt|scalp) (?:\w+ ){0,3}(?:back|away|off)": 0.35,
}
GRAPHIC: list[str] = GORE
SENSES: tuple[OtherSense, ...] = (
    # "let's dissect this essay", "the autopsy of the match": analysis, not a body
    OtherSense(
        words=[r"dissect\w*|autops\w*"],
        context=[
            r"essays?|arguments?|paragraphs?|texts?|poems?|speech\w*|sentences?|points?|theor(?:y|ies)|"
            r"plans?|plots?|match(?:es)?|games?|chess|performances?|episodes?|films?|movies?|books?|"
            r"chapters?|novels?|lyrics|jokes?|conversations?|comments?|remarks?|relationships?|"
            r"feelings?|behaviou?r|motives?|strategy|tactics|evidence|data|statistics|analy\w*|"
            r"critique\w*|line by line|election|campaign|season|debate|defeat|loss|albums?|songs?|"
            r"lines?|interviews?|articles?|reviews?|reports?|results?|tweets?|posts?|emails?|"
            r"letters?|messages?"
        ],
        factor=0.2,
        scope=150,
    ),
    # the surgeon's knife, saving a patient
    OtherSense(
        words=[
            r"incisions?|scalpel\w*|(?:opened|open(?:s|ing)?|cut(?:ting)? open) (?:up )?(?:its|his|her|the|their|my) \w+"
        ],
        context=[
            r"surg\w*|operat(?:e|ed|ing|ion|ions)|theatre|patients?|anaesthe\w*|anesthe\w*|sutur\w*|stitch\w*|saved?|saving|"
            r"appendix|transplant|repair\w*|stabili[sz]\w*|monitors?|gloves"
        ],
        factor=0.5,
        scope=200,
    ),
    # peeling fruit, butchering a joint in a kitchen
    OtherSense(
        words=[
            r"(?:peeled|peel|peels|peeling) (?:back |aside |away )?(?:the )?(?:skin|flesh)|(?:separat\w*|strip\w*|trim\w*) "
            r"(?:the )?(?:muscle|flesh|meat)"
        ],
        context=[
            r"oranges?|apples?|potato\w*|bananas?|fruit|vegetables?|onions?|tomato\w*|"
            r"peach\w*|chicken|pork|beef|lamb|turkey|fish|joint|roast|recipe|kitchen|"
            r"dinner|supper|stew"
        ],
        factor=0.2,
    ),
)
