"""Arabic words that say what happened to people, mapped to tally outcomes.

Roles are those of tally.lang.en.outcomes. Arabic puts the verb first ("استشهد 3 مدنيين", three
civilians were killed) or after the victims ("3 مدنيين قتلوا"); both are role "verb", like an
English verb that reads as active before its victims and passive after them. Verbal nouns
("مقتل", "استشهاد", "إصابة") stand before their victims: role "noun", like "the death of".
Plural nouns counted by a number ("3 قتلى", "5 جرحى") are role "noun" too.

Written without clitics: "وأصيب", "لمقتل", "بإصابة", "القتلى" match through PREFIXES. Pronoun
suffixes are listed ("مقتله", his death; "إصابتهم", their injury).
"""

from __future__ import annotations

_KILLED_VERBS = """
قتل قتلت قتلوا قتلا قتلتا يقتل تقتل يقتلون
استشهد استشهدت استشهدوا استشهدا استشهدتا يستشهد
قضى قضت قضوا قضيا توفي توفيت توفوا توفيا ارتقى ارتقت ارتقوا ارتقيا
اغتيل اغتيلت اغتال اغتالت
""".split()

_KILLED_PHRASES = (
    "لقي حتفه",
    "لقيت حتفها",
    "لقوا حتفهم",
    "لقيا حتفهما",
    "لقي مصرعه",
    "لقيت مصرعها",
    "لقوا مصرعهم",
    "لقيا مصرعهما",
    "فارق الحياة",
    "فارقت الحياة",
    "فارقوا الحياة",
    "فقد حياته",
    "فقدت حياتها",
    "فقدوا حياتهم",
    "راح ضحيته",
    "راح ضحيتها",
    "راح ضحيتهم",
    "ذهب ضحيته",
    "ذهب ضحيتها",
    "أودى بحياة",
    "أودت بحياة",
    "يودي بحياة",
    "تودي بحياة",
    "بحياة",
    "حصد أرواح",
    "حصدت أرواح",
    "أزهق أرواح",
    "سقط قتيلا",
    "سقطوا قتلى",
    "سقط شهيدا",
    "سقطوا شهداء",
)

_KILLED_NOUNS = """
مقتل مقتله مقتلها مقتلهم مقتلهما استشهاد استشهاده استشهادها استشهادهم
وفاة وفاته وفاتها وفاتهم مصرع ارتقاء اغتيال اغتياله
قتلى قتيلا قتيل قتيلان قتيلين شهداء شهيد شهيدا شهيدان شهيدين
ضحايا ضحية ضحيتان ضحيتين وفيات
""".split()

_INJURED_VERBS = "أصيب أصيبت أصيبوا أصيبا أصيبتا يصاب جرح جرحت جرحوا".split()

_INJURED_NOUNS = """
إصابة إصابته إصابتها إصابتهم إصابتهما إصابات إصابتان إصابتين
جرحى جريح جريحا جريحان جريحين جريحة مصاب مصابة مصابين مصابون مصابان مصابا
""".split()

OUTCOMES: dict[str, tuple[str, str, str | None]] = {
    **dict.fromkeys(_KILLED_VERBS + list(_KILLED_PHRASES), ("killed", "verb", None)),
    **dict.fromkeys(_KILLED_NOUNS, ("killed", "noun", None)),
    "حالات وفاة": ("killed", "noun", None),
    "حالة وفاة": ("killed", "noun", None),
    **dict.fromkeys(_INJURED_VERBS, ("injured", "verb", None)),
    **dict.fromkeys(_INJURED_NOUNS, ("injured", "noun", None)),
    # finer detail of killed
    "أعدم": ("killed", "verb", "executed"),
    "أعدمت": ("killed", "verb", "executed"),
    "أعدموا": ("killed", "verb", "executed"),
    "إعدام": ("killed", "noun", "executed"),
    "تصفية": ("killed", "noun", "executed"),
    "ذبح": ("killed", "verb", "executed"),
    "ذبحت": ("killed", "verb", "executed"),
    "قضى تحت التعذيب": ("killed", "verb", "died_under_torture"),
    "قضوا تحت التعذيب": ("killed", "verb", "died_under_torture"),
    "توفي تحت التعذيب": ("killed", "verb", "died_under_torture"),
    "تحت التعذيب": ("killed", "state", "died_under_torture"),
    # after the victims: "لقي شاب حتفه" (a young man met his death), "فقدان 3 أشخاص لحياتهم",
    # "فقد مزارع حياته" (a farmer lost his life)
    **dict.fromkeys(
        ("حتفه", "حتفها", "حتفهم", "حتفهما", "مصرعه", "مصرعها", "مصرعهم", "مصرعهما"),
        ("killed", "state", None),
    ),
    "لحياته": ("killed", "state", None),
    "حياته": ("killed", "state", None),
    "حياتها": ("killed", "state", None),
    "حياتهم": ("killed", "state", None),
    "حياتهما": ("killed", "state", None),
    "لحياتها": ("killed", "state", None),
    "لحياتهم": ("killed", "state", None),
    "لحياتهما": ("killed", "state", None),
    "متأثرا بجراحه": ("killed", "state", None),
    "متأثرة بجراحها": ("killed", "state", None),
    "متأثرين بجراحهم": ("killed", "state", None),
    "متأثرا بإصابته": ("killed", "state", None),
    "متأثرة بإصابتها": ("killed", "state", None),
    "متأثرين بإصاباتهم": ("killed", "state", None),
    "بجروح": ("injured", "state", None),
    "بجراح": ("injured", "state", None),
    # bodies
    "جثة": ("bodies_found", "noun", None),
    "جثتان": ("bodies_found", "noun", None),
    "جثتين": ("bodies_found", "noun", None),
    "جثث": ("bodies_found", "noun", None),
    "جثمان": ("bodies_found", "noun", None),
    "جثامين": ("bodies_found", "noun", None),
    "رفات": ("bodies_found", "noun", None),
    "العثور على جثة": ("bodies_found", "noun", None),
    "العثور على جثث": ("bodies_found", "noun", None),
    "العثور على جثتي": ("bodies_found", "noun", None),
    # one number for the dead and the wounded together: casualties of unknown split
    "بين قتيل وجريح": ("injured", "state", "casualties"),
    "بين شهيد وجريح": ("injured", "state", "casualties"),
    "بين قتيل ومصاب": ("injured", "state", "casualties"),
    "بين شهيد ومصاب": ("injured", "state", "casualties"),
    "قتلى وجرحى": ("injured", "noun", "casualties"),
    "قتلى ومصابين": ("injured", "noun", "casualties"),
    "شهداء وجرحى": ("injured", "noun", "casualties"),
    "شهداء ومصابين": ("injured", "noun", "casualties"),
    "مقتل وإصابة": ("injured", "noun", "casualties"),
    "مقتل وجرح": ("injured", "noun", "casualties"),
    "قتل وجرح": ("injured", "noun", "casualties"),
    "قتل وإصابة": ("injured", "noun", "casualties"),
    "استشهاد وإصابة": ("injured", "noun", "casualties"),
    "ضحايا وجرحى": ("injured", "noun", "casualties"),
    "خسائر بشرية": ("injured", "noun", "casualties"),
    "إصابات بشرية": ("injured", "noun", "casualties"),
    # tolls
    "حصيلة": ("killed", "toll", None),
    "الحصيلة": ("killed", "toll", None),
    "حصيلة القتلى": ("killed", "toll", None),
    "حصيلة الضحايا": ("killed", "toll", None),
    "حصيلة الشهداء": ("killed", "toll", None),
    "عدد القتلى": ("killed", "toll", None),
    "عدد الشهداء": ("killed", "toll", None),
    "عدد الضحايا": ("killed", "toll", None),
    "عدد الوفيات": ("killed", "toll", None),
    "تعداد القتلى": ("killed", "toll", None),
    "تعداد الشهداء": ("killed", "toll", None),
    "حصيلة الجرحى": ("injured", "toll", None),
    "حصيلة المصابين": ("injured", "toll", None),
    "عدد الجرحى": ("injured", "toll", None),
    "عدد المصابين": ("injured", "toll", None),
    "عدد الإصابات": ("injured", "toll", None),
    # missing
    "فقدان": ("missing", "noun", None),
    "مفقود": ("missing", "state", None),
    "مفقودين": ("missing", "noun", None),
    "مفقودون": ("missing", "noun", None),
    "في عداد المفقودين": ("missing", "state", None),
    "مجهول المصير": ("missing", "state", None),
    "مجهولي المصير": ("missing", "state", None),
    "اختفاء": ("missing", "noun", None),
    # detained
    "اعتقال": ("detained", "noun", None),
    "اعتقالات": ("detained", "noun", None),
    "اعتقل": ("detained", "verb", None),
    "اعتقلت": ("detained", "verb", None),
    "اعتقلوا": ("detained", "verb", None),
    "تعتقل": ("detained", "verb", None),
    "يعتقل": ("detained", "verb", None),
    "احتجاز": ("detained", "noun", None),
    "احتجز": ("detained", "verb", None),
    "احتجزت": ("detained", "verb", None),
    "القبض على": ("detained", "noun", None),
    "ألقت القبض على": ("detained", "verb", None),
    "ألقى القبض على": ("detained", "verb", None),
    "أسرت": ("detained", "verb", "captured"),
    "معتقلين": ("detained", "noun", None),
    # abducted
    "اختطاف": ("abducted", "noun", None),
    "اختطف": ("abducted", "verb", None),
    "اختطفت": ("abducted", "verb", None),
    "خطف": ("abducted", "verb", None),
    "خطفت": ("abducted", "verb", None),
    "مختطفين": ("abducted", "noun", None),
    # escaped
    "فرار": ("escaped", "noun", "fled"),
    "فروا": ("escaped", "state", "fled"),
    "هروب": ("escaped", "noun", None),
    "هرب": ("escaped", "state", None),
    # surrendered
    "استسلام": ("surrendered", "noun", None),
    "استسلم": ("surrendered", "state", None),
    "استسلموا": ("surrendered", "state", None),
    "سلم نفسه": ("surrendered", "state", None),
    "سلموا أنفسهم": ("surrendered", "state", None),
    # displaced
    "نزوح": ("displaced", "noun", None),
    "نزح": ("displaced", "verb", None),
    "نزحت": ("displaced", "verb", None),
    "نزحوا": ("displaced", "verb", None),
    "تهجير": ("displaced", "noun", None),
    "تشريد": ("displaced", "noun", None),
}

#: Words between victims and a verb after them ("3 مدنيين قد قتلوا", "جميعهم").
AUXILIARIES: frozenset[str] = frozenset(
    {
        "قد",
        "لقد",
        "كان",
        "كانت",
        "كانوا",
        "جميعهم",
        "جميعا",
        "كلهم",
        "أيضا",
        "ايضا",
        "بدورهم",
        "الذين",
        "الذي",
        "التي",
        "اللذين",
        "اللتين",
        "فقط",
        "حتى",
        "تم",
        "جرى",
        # "of his": "وطفلتين له استشهدتا" (and two girls of his were killed)
        "له",
        "لها",
        "لهم",
        "لهما",
    }
)

#: Words that join victims in a list after one verb ("3 أطفال وامرأة"); "و" is also written
#: onto the next word and read through PREFIXES.
LIST_JOINERS: frozenset[str] = frozenset(
    {",", "،", "و", ";", "؛", "إضافة إلى", "بالإضافة إلى", "إلى جانب", "فضلا عن", "علاوة على"}
)

#: Words that may stand between a verb or a toll word and its number ("ارتفع عدد القتلى إلى
#: 12", "أسفر عن مقتل").
FILLERS: frozenset[str] = frozenset(
    {
        "إلى",
        "الى",
        "عن",
        "ل",
        "لـ",
        "ال",
        "الـ",
        "ما",
        "مجموعه",
        "إجمالي",
        "بلغ",
        "بلغت",
        "وصل",
        "وصلت",
        "ارتفع",
        "ارتفعت",
        "يرتفع",
        "ترتفع",
        "ليرتفع",
        "لترتفع",
        "فيها",
        "فيه",
        "نتيجتها",
        "جراءها",
        "جراءه",
        "خلالها",
        "حيث",
        "قد",
        "تم",
        "جرى",
        "أيضا",
        "ايضا",
        ":",
        # "each of": "أصيب كل من الشاب ... والطفل ..." (the young man ... and the child ... were
        # injured)
        "كل من",
    }
    # what did it, between a verb and its victims: "وأصيب جراء القصف 6 مدنيين" (and 6 civilians
    # were injured by the shelling), "وقتل في الغارة 4 أشخاص"
    | {
        f"{by} {attack}"
        for by in ("في", "جراء", "إثر", "بسبب", "نتيجة", "خلال")
        for attack in ("القصف", "الهجوم", "الغارة", "الغارات", "الاستهداف", "الانفجار", "الضربة")
    }
    | {
        f"ب{attack}"
        for attack in ("القصف", "الهجوم", "الغارة", "الغارات", "الاستهداف", "الانفجار", "الضربة")
    }
)

#: Victims named one after another share their verb: "استشهاد المواطن سامر خليل (30 عاماً)
#: والطفلة ريم" (the deaths of the citizen Samer Khalil, 30, and the girl Reem). A name of at most
#: this many words (and an age in brackets) may stand between a victim and the next one...
NAME_WORDS = 6

#: ...and a name holds none of these words: past one, the next victim is another clause's
#: ("قتل الشاب سامر في قرية تل عنب والطفل ..."). "على" (on) is left out: it is spelled like the
#: name "علي" once the alef maqsura is folded.
NAME_BREAKS: frozenset[str] = frozenset(
    {
        "في",
        "من",
        "إلى",
        "الى",
        "عن",
        "مع",
        "بعد",
        "قبل",
        "منذ",
        "خلال",
        "أثناء",
        "اثناء",
        "عند",
        "بين",
        "بسبب",
        "حيث",
        "وهو",
        "وهي",
        "هو",
        "هي",
        "كما",
        "فيما",
        "بينما",
        "أن",
        "إن",
        "أنه",
        "بأن",
    }
)

#: Words that add companions to a subject ("قتل مع 3 من مرافقيه").
COMPANIONS: frozenset[str] = frozenset({"مع", "برفقة", "رفقة"})

#: Verbs joined so that one number may be either ("قتل أو أصيب 6"): the split is unknown.
CASUALTY_JOINERS: frozenset[str] = frozenset({"أو", "او", "/"})

#: Words that make a following verb passive: Arabic marks the passive on the verb itself; "تم"
#: and "جرى" make a verbal noun passive ("تم إعدام 3").
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"تم", "جرى", "يتم"})

#: Words that open a relative clause about another event ("الغارة التي قتلت 33").
RELATIVE_PRONOUNS: frozenset[str] = frozenset(
    {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"}
)

#: Words that introduce who did it ("برصاص مجهولين", by unknown gunmen's bullets; "بقصف تركي",
#: in Turkish shelling): a party named after them is the perpetrator, not the victims' side.
AGENT_MARKERS: frozenset[str] = frozenset(
    {
        "برصاص",
        "رصاص",
        "قصف",
        "غارة",
        "غارات",
        "ضربة",
        "ضربات",
        "استهداف",
        "هجوم",
        "نيران",
        "جراء",
        "إثر",
        "اثر",
        "نتيجة",
        "يد",
        "قبل",
        "طائرة",
        "طائرات",
        "مسيرة",
        "انفجار",
        "لغم",
        "قذيفة",
        "قذائف",
        "صاروخ",
        "صواريخ",
        "كمين",
        "عبوة",
        "اشتباكات",
        "طيران",
        "مدفعية",
        # raids and operations: "خلال عملية إنزال لقوات التحالف" (in a landing by coalition forces)
        "عملية",
        "إنزال",
        "انزال",
        "مداهمة",
        "اقتحام",
        "حملة",
        "توغل",
    }
)

#: Words that stand right before the number a toll word announces ("ارتفع عدد القتلى إلى 12",
#: "الحصيلة: 5").
TOLL_LINKS: frozenset[str] = frozenset(
    {"إلى", "الى", ":", "-", "بلغ", "بلغت", "ليبلغ", "لتبلغ", "يبلغ", "تبلغ", "لتصل", "ليصل", "هي"}
)


#: Plural outcome nouns that, standing without a number and without the article, say that some
#: people were hurt but not how many ("إصابات في صفوف المدنيين", injuries among the civilians;
#: "جرحى مدنيون بقصف", civilians wounded in shelling): at least two, as "عدد من" is. With the
#: article they are people already told of ("نقل الجرحى", the wounded were taken away).
UNCOUNTED_PLURALS: frozenset[str] = frozenset(
    f"{clitic}{noun}"
    for noun in ("جرحى", "إصابات", "مصابين", "مصابون")
    for clitic in ("", "و", "ب", "وب")
)
