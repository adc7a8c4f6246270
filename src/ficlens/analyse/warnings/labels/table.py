"""The label table: one :class:`~.schema.Label` row per content-warning label, in docs/taxonomy.md's order
(PAN 2023's 32 labels by frequency, then ``war``). That order is the order of the lexicon features the trained
models read: never reorder the rows.

Each row says what the label leads to beyond its own warning: its AO3 freeform tag (and the tag that replaces it at a
severity, or that a cue makes more specific), the archive warnings its findings can raise, the rating it raises, and
whether it is a hurt of Hurt/Comfort or has a trained model. What the label's words are lives in its own module
(``labels/<name>.py``).
"""

from __future__ import annotations

from ficlens.analyse.warnings.labels.schema import (
    GRAPHIC_VIOLENCE,
    MAJOR_CHARACTER_DEATH,
    RAPE_NON_CON,
    UNDERAGE_SEX,
    Label,
)

TABLE: tuple[Label, ...] = (
    Label("pornographic-content", "Explicit Sexual Content", rating="E"),
    Label("violence", "Violence", freeform_by_severity=(("graphic", "Graphic Violence"),),
          archive_warnings=(GRAPHIC_VIOLENCE,), rating="T", hurt=True, trained=True),
    Label("death", "Character Death", freeform_by_severity=(("mentioned", "Past Character Death"),),
          archive_warnings=(GRAPHIC_VIOLENCE, MAJOR_CHARACTER_DEATH), rating="T", trained=True),
    Label("sexual-assault", "Rape/Non-con Elements", archive_warnings=(RAPE_NON_CON,), rating_if_depicted="M"),
    Label("abuse", "Abuse", rating="T", rating_if_depicted="M", hurt=True),
    Label("blood", "Blood", archive_warnings=(GRAPHIC_VIOLENCE,), rating="T", hurt=True),
    Label("suicide", "Suicidal Thoughts", freeform_by_severity=(("mentioned", "Past Suicide Attempt"),), rating="T",
          rating_if_depicted="M", hurt=True),
    Label("pregnancy", "Pregnancy"),
    Label("child-abuse", "Child Abuse", rating_if_depicted="M"),
    Label("incest", "Incest", rating_if_depicted="M"),
    Label("underage", "Underage", archive_warnings=(UNDERAGE_SEX,), rating="M"),
    Label("homophobia", "Homophobia", rating="T", trained=True),
    Label("self-harm", "Self-Harm", rating="T", rating_if_depicted="M", hurt=True),
    Label("dying", "Dying", archive_warnings=(GRAPHIC_VIOLENCE, MAJOR_CHARACTER_DEATH), rating="T", hurt=True),
    Label("kidnapping", "Kidnapping", rating="T"),
    Label("mental-illness", "Mental Health Issues", rating="T", hurt=True, freeform_by_cue=(
        (r"panic|hyperventilat|chest (?:constrict|tighten)|gasping", "Panic Attacks"),
        (r"anxi", "Anxiety"),
        (r"depress", "Depression"),
        (r"ptsd|trauma|flashback", "PTSD"),
    )),
    Label("dissection", "Body Horror", archive_warnings=(GRAPHIC_VIOLENCE,)),
    Label("eating-disorders", "Eating Disorders"),
    Label("abduction", "Abduction", rating="T", trained=True),
    Label("body-hatred", "Body Image"),
    Label("childbirth", "Childbirth"),
    Label("racism", "Racism", rating="T", trained=True),
    Label("sexism", "Sexism", rating="T"),
    Label("miscarriages", "Miscarriage"),
    Label("transphobia", "Transphobia", rating="T"),
    Label("abortion", "Abortion"),
    Label("fat-phobia", "Fatphobia"),
    Label("animal-death", "Animal Death"),
    Label("ableism", "Ableism", rating="T", trained=True),
    Label("classism", "Classism"),
    Label("misogyny", "Misogyny", rating="T", trained=True),
    Label("animal-cruelty", "Animal Cruelty"),
    Label("war", "War", archive_warnings=(GRAPHIC_VIOLENCE,), rating="T", trained=True),
)

BY_NAME: dict[str, Label] = {row.name: row for row in TABLE}
