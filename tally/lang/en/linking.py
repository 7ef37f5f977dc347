"""English words the incident linker reads: follow-up wording, kinds of attack, words too common
to tell two reports apart.

Phrases are lower case; tally.link matches them on the words of a report's title and lede.
"""

from __future__ import annotations

#: Wording of a report that follows up an event already reported: a toll that rises, a running
#: total since the start of something, an update.
FOLLOW_UP: frozenset[str] = frozenset(
    {
        "death toll rises",
        "death toll climbs",
        "death toll has risen",
        "death toll rose",
        "death toll increases",
        "death toll has increased",
        "death toll has reached",
        "death toll reached",
        "toll rises",
        "toll climbs",
        "toll has risen",
        "toll rose",
        "toll increases",
        "toll has reached",
        "toll reaches",
        "toll of",
        "new toll",
        "final toll",
        "latest toll",
        "rises to",
        "risen to",
        "climbs to",
        "since the start of",
        "since the beginning of",
        "since the outbreak of",
        "more bodies",
        "more victims",
        "update",
        "updated",
        "updates",
        "follow-up",
        "ongoing",
        "continues",
        "still",
        "aftermath",
        "succumbed",
        "died of his wounds",
        "died of her wounds",
        "died of their wounds",
        "died of wounds",
        "identified",
    }
)

#: Kinds of event, each with the words that name it. Two reports naming different kinds only
#: (an airstrike, a landmine) are less likely to describe one event.
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "airstrike": (
        "airstrike",
        "airstrikes",
        "air strike",
        "air strikes",
        "air raid",
        "air raids",
        "warplane",
        "warplanes",
        "aerial bombardment",
        "bombing",
        "bombed",
        "jets",
        "fighter jets",
    ),
    "drone": ("drone", "drones", "uav", "unmanned", "reaper", "kamikaze drone", "suicide drone"),
    "shelling": (
        "shelling",
        "shelled",
        "shells",
        "artillery",
        "mortar",
        "mortars",
        "rocket",
        "rockets",
        "missile",
        "missiles",
        "bombardment",
        "howitzer",
        "cluster",
    ),
    "ground raid": (
        "airdrop",
        "air drop",
        "airborne",
        "landing operation",
        "raid",
        "commando",
        "commandos",
        "special forces",
        "helicopter",
        "helicopters",
    ),
    "explosion": (
        "explosion",
        "exploded",
        "blast",
        "car bomb",
        "bomb",
        "ied",
        "explosive device",
        "landmine",
        "land mine",
        "mine",
        "remnants",
        "unexploded",
        "booby-trapped",
    ),
    "clashes": (
        "clashes",
        "clash",
        "fighting",
        "attack",
        "attacked",
        "assault",
        "ambush",
        "gunmen",
        "gunfire",
        "shot",
        "shooting",
        "sniper",
    ),
    "prison": ("prison", "jail", "prisoners", "inmates", "prison break"),
    "execution": ("executed", "execution", "beheaded", "assassinated", "assassination"),
}

#: Words too common in conflict reports to say two reports describe the same event.
COMMON: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not now of off on once only or other our out over own same she should
    so some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your
    said says say according reported reports report reporting news agency source sources local
    today yesterday morning evening night day days week month year years time
    syria syrian syria's country countryside province governorate city town village area areas
    region north south east west northern southern eastern western northeast northwest
    northeastern northwestern southeast southwest
    killed kill kills killing injured injuring wounded wounding dead death deaths died people
    person civilian civilians child children woman women man men members member
    forces force attack attacks targeted targeting carried carry out hit
    observatory human rights network sohr twitter tweet link embed copy post share facebook
    video videos photo photos watch read also more new latest breaking via x on
    one two three four five six seven eight nine ten several many dozens
    """.split()
)
