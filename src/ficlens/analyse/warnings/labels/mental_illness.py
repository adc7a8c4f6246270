# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``mental-illness``: mental illness, panic attacks, anxiety, depression and PTSD included."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import SELF
from ficlens.analyse.warnings.labels.schema import OtherSense

# Days given up: "she'd stopped getting dressed", "quit answering the phone".
_STOPPED_DOING = (
    r"(?:stopped|stops|stop|had stopped|quit) (?:getting dressed|going out|leaving the (?:house|flat)|answering (?:the )?"
    r"(?:phone|door)|washing|showering|getting out of bed|going to (?:work|the allotment|church|the pub))"
)

CUES: dict[str, float] = {
    # the voices and the pills stopped, the days unwashed, feeling nothing
    r"the voices (?:were|got|grew|came back|started|returned|whisper\w*|told|telling|shout\w*)": 0.45,
    r"(?:stopped|stops|stop|stopping|quit) (?:taking )?(?:his|her|my|their|the) (?:pills|meds|medication|lithium|antipsychotics)": 0.35,
    r"(?:they|the voices|the whispers) (?:weren't|wasn't|aren't|isn't) real": 0.25,
    r"(?:haven't|hadn't|hasn't|had not|have not|has not) (?:showered|washed|eaten|left the (?:flat|house|room|bed)) (?:properly )?in "
    r"(?:\w+ )?(?:days|weeks)": 0.35,
    r"nothing (?:feels|felt|tasted|tastes) like anything|(?:can't|couldn't|cannot) feel anything(?: any ?more)?": 0.35,
    r"panic attacks?|anxiety attacks?": 0.85,
    r"anxiety|anxious": 0.45,
    r"depress(?:ed|ion|ive|ing)": 0.45,
    r"ptsd|post-?traumatic|traumati[sz]ed|trauma": 0.5,
    r"hallucinat\w*|dissociat\w*|delusion\w*": 0.5,
    r"schizophreni\w*|bipolar|psychosis|psychotic|ocd|obsessive-compulsive": 0.7,
    r"mental(?:ly)? (?:illness|ill|health|breakdown)|nervous breakdown": 0.7,
    r"break(?:s|ing)? down|break ?downs?|broke down": 0.4,
    r"utterly pathetic|worthless|hated " + SELF: 0.25,
    r"hyperventilat\w*": 0.55,
    r"panic(?:ked|king|ky|s)?": 0.35,
    r"(?:chest|lungs|throat) (?:constrict|tighten|clench)\w*": 0.35,
    r"(?:gasping|struggling|fighting) (?:for )?breaths?|gasping breaths|(?:couldn't|could not|can't) breathe": 0.3,
    r"black spots": 0.25,
    r"self[- ]esteem issues|insecurit(?:y|ies)": 0.45,
    r"insomnia|nightmares?": 0.3,
    r"therap(?:y|ist)|antidepressants?|medication": 0.35,
    r"sobb(?:ed|ing) hysterically|hysterical(?:ly)?": 0.25,
    # compulsions, mania, depression's days in bed, voices
    r"intrusive thoughts?": 0.7,
    r"compulsi(?:on|ons|ve|vely)": 0.4,
    r"(?:check|checks|checked|checking|wash|washes|washed|washing|count|counts|counted|counting|touch|touches|touched|tap|taps|tapped|"
    r"lock|locks|locked) (?:\w+ ){0,3}(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|twenty|a dozen|a hundred|"
    r"[0-9]+) times": 0.35,
    r"(?:the )?thoughts (?:come|came|keep coming|kept coming|won't stop|wouldn't stop)": 0.25,
    r"(?:the|his|her|my|their) depression|clinical(?:ly)? depress\w*|depressive": 0.55,
    r"manic|mania|(?:manic|depressive|psychotic|mixed) episodes?|mood stabili[sz]ers?|lithium|sertraline|prozac|fluoxetine": 0.5,
    r"(?:his|her|my|their) meds": 0.35,
    r"(?:hadn't|had not|hasn't|has not|haven't|have not) slept in (?:\w+ )?(?:days|weeks)|(?:hadn't|had not|hasn't|has not|didn't|"
    r"did not|couldn't|could not|can't) (?:left|leave|get out of|got out of|gotten out of) (?:his|her|my|their|the) bed": 0.4,
    r"(?:everything|the world|the days?|life) (?:was|were|is|felt|feels|seemed|had gone|went) (?:\w+ )?(?:grey|gray|numb|flat|"
    r"muffled|colou?rless|pointless)": 0.35,
    r"(?:voices|a voice) (?:in|inside) (?:his|her|my|their) head|(?:hearing|hear|heard|hears) voices": 0.5,
    r"psych ward|psychiatric (?:ward|unit|hold|nurse)|sectioned|involuntary hold": 0.45,
    r"flashbacks?": 0.45,
    r"(?:saw|see|sees|seeing|hear|heard|hears|hearing|felt|feel|feels|sure) (?:\w+ ){0,6}(?:that|which|who) (?:wasn't|weren't|isn't|"
    r"aren't) (?:really )?there|(?:forgot|forget|forgets|lost track of|couldn't tell) what (?:was|is) real": 0.5,
    r"(?:every|the|a) (?:car )?backfir\w*|(?:loud noises?|fireworks) (?:sent|made|still make|still send)": 0.3,
    _STOPPED_DOING: 0.3,
    r"prescribed (?:him |her |me |them )?(?:tablets|pills|medication|antidepressants|something)": 0.3,
    r"(?:checking|checked|checks|check),? (?:and )?(?:checking|checked|checks|check),? and (?:checking|checked|checks|check)|"
    r"(?:googled|checked|washed|counted) (?:\w+ ){0,4}(?:nineteen|twenty|thirty|forty|fifty|a hundred|\d+) times": 0.45,
    r"the fear (?:sat|lived|was) in (?:his|her|my) (?:chest|stomach|throat)|(?:couldn't|could not|can't) (?:stop|help) (?:checking|"
    r"counting|washing)": 0.3,
    r"crisis team": 0.4,
    r"(?:hadn't|hasn't|wasn't|stopped|stop|not) tak(?:en|ing) (?:his|her|my|their) (?:tablets|meds|medication|pills)": 0.35,
    r"tin ?foil (?:over|on) (?:the|his|her|my) (?:windows?|head)|(?:they're|they are|someone's|someone is) (?:following|watching|"
    r"listening to) (?:me|us)": 0.35,
}
FIGURATIVE: list[str] = [
    r"don't panic",
    r"panic room",
    r"panic button",
    r"depressing (?:weather|song|movie)",
    # "so OCD about my desk": a tidy habit, not a disorder
    r"(?:so|a bit|a little|totally|super|kinda|kind of|slightly|really|too|bit|such an?|being) (?:ocd|bipolar|schizo)",
    r"ocd (?:about|with|when it comes to)",
]
SENSES: tuple[OtherSense, ...] = (
    # a lecture on the manual's categories
    OtherSense(
        words=[r"[a-z]+"],
        context=[
            r"dsm(?:-\w+)?|diagnostic criteria|mnemonic|rotation|syllabus|textbooks?|lectures?|"
            r"seminars?|curriculum|module"
        ],
        factor=0.4,
    ),
)
