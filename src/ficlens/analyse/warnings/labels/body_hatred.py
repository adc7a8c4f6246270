# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``body-hatred``: disgust at and hatred of one's own body."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import SELF

CUES: dict[str, float] = {
    # the mirror after a shower, never seen naked, a body in the mirror that is not one's own
    r"(?:look|looked|looks|looking) in the mirror (?:\w+ ){0,6}(?:hate|hated|feel sick|felt sick|want to cry|wanted to cry|disgust\w*)": 0.55,
    r"(?:don't|won't|didn't|wouldn't|never) let (?:\w+ )?(?:see|look at) (?:me|him|her|them) naked": 0.4,
    r"(?:body|face|reflection) in the mirror (?:didn't|did not|doesn't|does not|wasn't|isn't) (?:feel like |look like )?(?:his|hers|"
    r"mine|theirs|him|her|me|them)": 0.5,
    r"hat(?:ed|es|e) (?:his|her|my|their) (?:own )?(?:\w+ )?(?:body|bodies|reflection|face|skin|stomach|thighs|scars|arms|legs|nose|"
    r"chest|breasts|hips|belly)|"
    r"(?:hates?|hated|hating) (?:mirrors|the mirror|the body)": 0.75,
    r"body dysmorphi\w*": 0.85,
    r"(?:disgusting|ugly|hideous|revolting) (?:body|self)|self-loathing": 0.45,
    r"(?:couldn't|can't|could not) (?:stand to )?look at " + SELF + r" in the mirror": 0.6,
    # hating every inch, wanting to claw the skin off, avoiding mirrors, feeling ugly
    r"(?:hate|hated|hates|hating|despise\w*|loathe\w*|loathing) (?:every inch of|everything about) (?:himself|herself|myself|themselves|themself|yourself|"
    r"his body|her body|my body|the (?:body|thing))": 0.7,
    r"(?:revulsion|disgust|loathing|hatred) (?:at|for|with|of) (?:his|her|my|their) (?:own )?(?:body|reflection|skin|face|flesh)": 0.6,
    r"(?:wanted|want|wants|wanting) to (?:claw|peel|rip|tear|scrub|cut) (?:his|her|my|their) (?:own )?(?:skin|face|flesh) off|"
    r"(?:peel|claw|rip|tear|scrub) (?:himself|herself|myself|themselves) (?:off|raw)|scrub\w* until (?:he|she|i|they) (?:was|were) raw": 0.55,
    r"(?:he|she|i|they) (?:was|is|am|were|felt|feels|looked) (?:so )?(?:ugly|hideous|disgusting|monstrous|grotesque|revolting|"
    r"repulsive)|(?:thought|thinks|knew) (?:he|she|i|they) (?:was|were) (?:ugly|hideous|disgusting|monstrous|grotesque|revolting)": 0.4,
    r"avoid(?:s|ed|ing)? (?:mirrors|(?:his|her|my|their) reflection|looking at " + SELF + r")|(?:stopped|stop|stops) "
    r"looking at (?:his|her|my|their) (?:own )?(?:face|reflection|body)": 0.55,
    r"(?:pinch|pinched|pinches|pinching|grab\w*|squeez\w*) (?:at |a handful of |a fistful of )?(?:his|her|my|their) (?:own )?"
    r"(?:skin|stomach|belly|thighs?|fat|arms?|hips|love handles|rolls)": 0.45,
    r"(?:things|everything|parts|all the \w+) (?:she|he|i|they) hated about (?:herself|himself|myself|themselves|her body|"
    r"his body|my body|their body)": 0.55,
    r"(?:in front of|before) the (?:bathroom |full-length )?mirror": 0.15,
    r"(?:couldn't|can't|could not|cannot) (?:stand|bear) (?:anyone |anybody |people |him |her |them )?(?:seeing|looking at|touching) "
    r"(?:his|her|my|their) (?:body|stomach|skin|scars|arms|legs|thighs)": 0.55,
    r"nobody (?:will|would|could) ever (?:want|love|touch|look at) (?:this|me|him|her|a body like)": 0.35,
    r"(?:dress|dresses|dressed|change|changed|changes|changing|undress\w*) in the dark": 0.3,
    r"hat(?:e|ed|es|ing) (?:the way|how) (?:his|her|my|their) (?:\w+ ){0,2}(?:thighs|stomach|belly|body|face|nose|arms|legs|skin|hips|"
    r"chest|teeth|looked|looks|jiggled)": 0.6,
    r"(?:couldn't|can't|could not|cannot) (?:bear to |stand to )?look at (?:his|her|my|their) (?:own )?(?:reflection|body)": 0.55,
    r"(?:caught sight of|glimpsed|saw|sees|catches sight of) (?:himself|herself|myself|his reflection|her reflection|my reflection) "
    r"(?:\w+ ){0,6}(?:felt sick|feel sick|feels sick|wanted to (?:cry|throw up|scream|look away)|looked away|flinched|hated)": 0.55,
    r"(?:claw|peel|rip|tear|scrub|cut|scratch) (?:\w+ ){0,3}off (?:his|her|my|their) (?:own )?(?:face|skin|body|bones)": 0.5,
    r"(?:skinny|pathetic|weak|disgusting|fat|ugly|scrawny) (?:little )?(?:boy|girl|body|thing|man|woman) in the (?:\w+ )?mirror": 0.35,
    # mirrors covered or shunned, disgust at one's own body, photos cut out
    r"(?:covered|cover|covers|covering|turned|draped|smashed|avoided|avoid|avoids|avoiding) (?:every |the |all the |all |each )?"
    r"(?:bathroom |long |full-length |hall )?mirrors?|mirrors? (?:\w+ ){0,4}(?:covered|draped|turned (?:to|against) the wall)": 0.35,
    r"(?:i'm|i am|i look|i looked|i feel) (?:so |just |completely |utterly )?(?:disgusting|revolting|hideous|repulsive|grotesque|vile)": 0.4,
    r"(?:my|his|her) (?:arms|thighs|stomach|belly|legs|face|body|skin|hips) (?:are|is|were|was|look|looks|looked) (?:so )?(?:disgusting|"
    r"revolting|hideous|gross|repulsive|ugly)": 0.35,
    r"(?:despised|despises|loathed|loathes|hated|hates|revulsion at|disgust at|disgusted by) (?:this|that|his|her|my|their) (?:own )?"
    r"(?:body|reflection|flesh)|(?:butchered|betraying|collapsing) (?:thing|body|ruin)": 0.35,
    r"cut (?:herself|himself|myself|themselves) out of (?:every|all|the) (?:\w+ )?(?:photos?|pictures?|photographs?)": 0.3,
    r"(?:she|he) (?:looked|looks) (?:diseased|disgusting|hideous|revolting|grotesque)": 0.3,
    r"(?:pinch|pinches|pinched|pinching|grab|grabbed|squeez\w*) (?:at )?(?:the )?(?:skin|fat|flesh|roll) (?:at|of|on|around) (?:her|his|my) "
    r"(?:waist|stomach|belly|thighs|arms|hips)": 0.3,
}
HABITUAL = True
