"""English nouns for victims, mapped to tally's victim groups.

A noun maps to (group, sex_or_age): group is "civilians" or "combatants" or None when the word
alone does not say (people, persons, men); the second item refines it: "child", "woman", "man".
Plural and singular are both listed; a singular after "a"/"an" counts one.
"""

_CIVILIAN_NOUNS = """
civilian civilians idp resident residents villager villagers farmer farmers shepherd shepherds
worker workers citizen journalist journalists reporter reporters pharmacist pharmacists doctor doctors
nurse nurses paramedic paramedics medic medics teacher teachers student students pupil pupils
merchant merchants trader traders driver drivers family families citizen citizens refugee
refugees displaced idps passer-by passers-by bystander bystanders pedestrian pedestrians
volunteer volunteers rescuer rescuers activist activists protester protesters protestors
demonstrator demonstrators mukhtar mukhtars engineer engineers employee employees vendor
vendors fisherman fishermen truffle hunter hunters collector collectors shopkeeper
shopkeepers owner owners aid humanitarian elderly inhabitants inhabitant sheikh imam
herder herders figure figures labourer labourers laborer laborers beggar nomad nomads bedouin bedouins
""".split()

_COMBATANT_NOUNS = """
fighter fighters soldier soldiers member members militant militants militiaman militiamen
element elements personnel officer officers commander commanders leader leaders recruit
recruits gunman gunmen guard guards policeman policemen troop troops serviceman servicemen
servicemen insurgent insurgents jihadist jihadists combatant combatants rebel rebels
conscript conscripts operative operatives mercenary mercenaries sniper snipers cell cells
emir emirs brigadier general colonel lieutenant captain major sergeant corporal officials
crew director director-general chief head mayor governor aide deputy spokesman
official agent agents forces trooper troopers militia militias policemen police warrior
warriors defector defectors volunteer-fighters paramilitaries paramilitary
""".split()

_PEOPLE_NOUNS = """
person persons people individual individuals victim victims casualty individuals
youth youths young prisoner prisoners detainee detainees inmate inmates
""".split()

GROUPS: dict[str, tuple[str | None, str | None]] = {
    **{w: ("civilians", None) for w in _CIVILIAN_NOUNS},
    **{w: ("combatants", None) for w in _COMBATANT_NOUNS},
    **{w: (None, None) for w in _PEOPLE_NOUNS},
    "man": (None, "man"),
    "men": (None, "man"),
    "young man": (None, "man"),
    "young men": (None, "man"),
    "elderly man": ("civilians", "man"),
    "old man": ("civilians", "man"),
    "boy": ("civilians", "child"),
    "boys": ("civilians", "child"),
    "girl": ("civilians", "child"),
    "girls": ("civilians", "child"),
    "young girl": ("civilians", "child"),
    "child": ("civilians", "child"),
    "children": ("civilians", "child"),
    "kid": ("civilians", "child"),
    "kids": ("civilians", "child"),
    "infant": ("civilians", "child"),
    "infants": ("civilians", "child"),
    "baby": ("civilians", "child"),
    "babies": ("civilians", "child"),
    "toddler": ("civilians", "child"),
    "minor": ("civilians", "child"),
    "minors": ("civilians", "child"),
    "teenager": ("civilians", "child"),
    "teenagers": ("civilians", "child"),
    "woman": ("civilians", "woman"),
    "women": ("civilians", "woman"),
    "mother": ("civilians", "woman"),
    "mothers": ("civilians", "woman"),
    "wife": ("civilians", "woman"),
    "daughter": ("civilians", "child"),
    "daughters": ("civilians", "child"),
    "son": ("civilians", "child"),
    "sons": ("civilians", "child"),
    "father": ("civilians", "man"),
    "husband": ("civilians", "man"),
    "brother": (None, "man"),
    "brothers": (None, "man"),
    "sister": ("civilians", "woman"),
    "sisters": ("civilians", "woman"),
    "members of his family": ("civilians", None),
    "members of her family": ("civilians", None),
    "members of their family": ("civilians", None),
    "members of the family": ("civilians", None),
    "members of a family": ("civilians", None),
    "members of one family": ("civilians", None),
    "family members": ("civilians", None),
    "followers": ("combatants", None),
    "of his followers": ("combatants", None),
    "no one": (None, None),
}

#: Pronouns that stand for victims already named ("killing him", "wounding them").
PRONOUNS: dict[str, int | None] = {
    "him": 1, "her": 1, "he": 1, "she": 1, "them": None, "themselves": None
}

#: Possessives that make "his body" one person's body.
POSSESSIVES: frozenset[str] = frozenset({"his", "her"})

#: Plurals that do not end in -s; with them, a noun not ending in -s is singular.
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {"men", "women", "children", "people", "police", "personnel", "militiamen", "gunmen",
     "policemen", "servicemen", "fishermen", "crew", "youth", "elderly", "family", "militia"}
)

#: Words that make a singular noun one definite person ("the commander ... was killed").
DEFINITE: frozenset[str] = frozenset({"the", "his", "her", "their", "its"})

#: Phrases after a number that make it a part of the number before ("one of them").
PARTITIVES: frozenset[str] = frozenset({"of them", "of whom", "among them"})
