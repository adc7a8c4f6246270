"""Fan vocabulary as data: what fans type for a tag, and the AO3 tag it means. No behaviour here:
:mod:`ficlens.library.tags` reads these tables when it turns a reader's filter into index keys.

Keys are written as a fan types them; they are compared case-, space-, hyphen- and underscore-insensitively. A value
is the AO3 canonical tag (a relationship in any name order: the index ignores it). Add a line to teach ficlens a
new ship name or abbreviation.
"""

from __future__ import annotations

from typing import Final

# Portmanteau ship names -> the AO3 relationship tag.
SHIP_NAMES: Final[dict[str, str]] = {
    "Sterek": "Derek Hale/Stiles Stilinski",
    "Stydia": "Lydia Martin/Stiles Stilinski",
    "Scallison": "Allison Argent/Scott McCall",
    "Destiel": "Castiel/Dean Winchester",
    "Sabriel": "Gabriel/Sam Winchester",
    "Johnlock": "John Watson/Sherlock Holmes",
    "Drarry": "Draco Malfoy/Harry Potter",
    "Dramione": "Draco Malfoy/Hermione Granger",
    "Wolfstar": "Sirius Black/Remus Lupin",
    "Jily": "James Potter/Lily Evans Potter",
    "Romione": "Hermione Granger/Ron Weasley",
    "Stucky": 'James "Bucky" Barnes/Steve Rogers',
    "Stony": "Steve Rogers/Tony Stark",
    "Spideypool": "Wade Wilson/Peter Parker",
    "Thorki": "Loki/Thor (Marvel)",
    "Clintasha": "Clint Barton/Natasha Romanov",
    "Romanogers": "Natasha Romanov/Steve Rogers",
    "Malec": "Alec Lightwood/Magnus Bane",
    "Klance": "Keith/Lance (Voltron)",
    "Reylo": "Kylo Ren/Rey",
    "Supercorp": "Kara Danvers/Lena Luthor",
    "Good Omens OTP": "Aziraphale/Crowley (Good Omens)",
    "Ineffable Husbands": "Aziraphale/Crowley (Good Omens)",
    "Bakudeku": "Bakugou Katsuki/Midoriya Izuku",
    "Kagehina": "Hinata Shouyou/Kageyama Tobio",
    "Iwaoi": "Iwaizumi Hajime/Oikawa Tooru",
    "Victuuri": "Katsuki Yuuri/Victor Nikiforov",
    "Catradora": "Adora/Catra (She-Ra)",
    "Bellarke": "Bellamy Blake/Clarke Griffin",
    "Merthur": "Arthur Pendragon/Merlin (Merlin)",
    "Solangelo": "Nico di Angelo/Will Solace",
    "Percabeth": "Annabeth Chase/Percy Jackson",
    "Jonsa": "Jon Snow/Sansa Stark",
    "Hannigram": "Hannibal Lecter/Will Graham",
    "Kylux": "Armitage Hux/Kylo Ren",
    "Mystrade": "Greg Lestrade/Mycroft Holmes",
    "Wangxian": "Lan Zhan | Lan Wangji/Wei Ying | Wei Wuxian",
    "Hualian": "Hua Cheng/Xie Lian",
}

# Abbreviations, other spellings and AO3 synonyms of additional tags and warnings -> the AO3 canonical tag.
TAG_SYNONYMS: Final[dict[str, str]] = {
    "h/c": "Hurt/Comfort",
    "hc": "Hurt/Comfort",
    "Hurt Comfort": "Hurt/Comfort",
    "hurtcomfort": "Hurt/Comfort",
    "Hurt and Comfort": "Hurt/Comfort",
    "awhe": "Angst with a Happy Ending",
    "Angst w/ Happy Ending": "Angst with a Happy Ending",
    "pwp": "Porn Without Plot",
    "Porn without Plot": "Porn Without Plot",
    "Plot What Plot": "Porn Without Plot",
    "au": "Alternate Universe",
    "ooc": "Out of Character",
    "ocs": "Original Characters",
    "oc": "Original Character(s)",
    "dubcon": "Dubious Consent",
    "dub con": "Dubious Consent",
    "noncon": "Rape/Non-Con",
    "non-con elements": "Rape/Non-con Elements",
    "rnc": "Rape/Non-Con",
    "gdov": "Graphic Depictions Of Violence",
    "Graphic Depictions of Violence": "Graphic Depictions Of Violence",
    "mcd": "Major Character Death",
    "Major Character Deaths": "Major Character Death",
    "csa": "Child Sexual Abuse",
    "sh": "Self-Harm",
    "Self Harm": "Self-Harm",
    "selfharm": "Self-Harm",
    "ed": "Eating Disorders",
    "ptsd": "Post-Traumatic Stress Disorder - PTSD",
    "e2l": "Enemies to Lovers",
    "f2l": "Friends to Lovers",
    "fixit": "Fix-It",
    "Fix It": "Fix-It",
    "nsfw": "Explicit Sexual Content",
    "smut": "Explicit Sexual Content",
    "Teen": "Teen And Up Audiences",
    "General": "General Audiences",
    "No Warnings": "No Archive Warnings Apply",
    "cntw": "Creator Chose Not To Use Archive Warnings",
}
