"""Arabic nouns for victims, mapped to tally's victim groups, and nouns that are counts.

GROUPS maps a noun to (group, sex_or_age) as in tally.lang.en.groups. Arabic counts one or two
people without a number word: a bare singular ("استشهد طفل", a child was killed) is one, a dual
("طفلان", "طفلين") is two. COUNTED_NOUNS lists those forms with (count, group, sex_or_age); they
are made here from the singulars below, so a noun added once gets all its forms.

Forms are written plainly, without the article or clitics (tally.lang.ar.PREFIXES adds those) and
without tanween: the accusative alef of "طفلاً" is listed ("طفلا") because it is written as a
letter, not as a diacritic.
"""

from __future__ import annotations

from tally.lang.ar.spelling import normalise

#: Singular person nouns: (singular, plurals, group, sex_or_age, counts when bare).
#: A bare singular counts one unless it is mostly an adjective or another word ("مسلح" in
#: "هجوم مسلح", armed attack; "طالب", also "he demanded").
_NOUNS: tuple[tuple[str, tuple[str, ...], str | None, str | None, bool], ...] = (
    # civilians
    ("مدني", ("مدنيين", "مدنيون", "مدنيات"), "civilians", None, True),
    ("مواطن", ("مواطنين", "مواطنون"), "civilians", None, True),
    ("مواطنة", ("مواطنات",), "civilians", "woman", True),
    ("نازح", ("نازحين", "نازحون"), "civilians", None, True),
    ("لاجئ", ("لاجئين", "لاجئون"), "civilians", None, True),
    ("صحفي", ("صحفيين", "صحفيون"), "civilians", None, True),
    ("إعلامي", ("إعلاميين", "إعلاميون"), "civilians", None, True),
    ("ناشط", ("ناشطين", "ناشطون"), "civilians", None, True),
    ("مسعف", ("مسعفين", "مسعفون"), "civilians", None, True),
    ("متطوع", ("متطوعين", "متطوعون"), "civilians", None, True),
    ("ممرض", ("ممرضين", "ممرضون"), "civilians", None, True),
    ("ممرضة", ("ممرضات",), "civilians", "woman", True),
    ("طبيب", ("أطباء",), "civilians", None, True),
    ("معلم", ("معلمين", "معلمون"), "civilians", None, True),
    ("مدرس", ("مدرسين", "مدرسون"), "civilians", None, True),
    ("سائق", ("سائقين", "سائقون"), "civilians", None, True),
    ("تاجر", ("تجار",), "civilians", None, True),
    ("راعي", ("رعاة",), "civilians", None, True),
    ("فلاح", ("فلاحين", "فلاحون"), "civilians", None, True),
    ("مزارع", ("مزارعين", "مزارعون"), "civilians", None, True),
    ("عامل", ("عمال", "عاملين"), "civilians", None, True),
    ("طالب", ("طلاب",), "civilians", None, False),
    ("بائع", ("باعة",), "civilians", None, True),
    ("صياد", ("صيادين",), "civilians", None, True),
    ("ساكن", ("سكان", "قاطنين"), "civilians", None, False),
    ("مدنية", (), "civilians", "woman", False),
    # children
    ("طفل", ("أطفال",), "civilians", "child", True),
    ("طفلة", ("طفلات",), "civilians", "child", True),
    ("رضيع", ("رضع",), "civilians", "child", True),
    ("رضيعة", (), "civilians", "child", True),
    ("قاصر", ("قاصرين", "قاصرون"), "civilians", "child", True),
    ("صبي", ("صبية",), "civilians", "child", True),
    ("فتى", ("فتيان",), "civilians", "child", True),
    ("فتاة", ("فتيات",), "civilians", "child", True),
    ("طفلته", ("أطفاله", "أطفالها", "أطفالهم"), "civilians", "child", True),
    ("طفله", (), "civilians", "child", True),
    ("طفلتها", (), "civilians", "child", True),
    ("طفلها", (), "civilians", "child", True),
    ("ابن", ("أبناء", "أبنائه", "أبنائها"), "civilians", "child", False),
    ("ابنه", (), "civilians", "child", True),
    ("ابنها", (), "civilians", "child", True),
    ("ابنة", ("بنات",), "civilians", "child", False),
    ("ابنته", ("بناته",), "civilians", "child", True),
    ("ابنتها", ("بناتها",), "civilians", "child", True),
    ("حفيد", ("أحفاد",), "civilians", "child", False),
    ("حفيده", ("أحفاده",), "civilians", "child", True),
    ("حفيدها", ("أحفادها",), "civilians", "child", True),
    ("حفيدة", ("حفيدات",), "civilians", "child", False),
    ("حفيدته", (), "civilians", "child", True),
    ("حفيدتها", (), "civilians", "child", True),
    # women
    ("امرأة", ("نساء", "النسوة"), "civilians", "woman", True),
    ("أم", ("أمهات",), "civilians", "woman", True),
    ("سيدة", ("سيدات",), "civilians", "woman", True),
    ("مسنة", ("مسنات",), "civilians", "woman", True),
    ("شابة", ("شابات",), "civilians", "woman", True),
    ("زوجة", ("زوجات",), "civilians", "woman", False),
    ("زوجته", (), "civilians", "woman", True),
    ("والدة", (), "civilians", "woman", False),
    ("والدته", (), "civilians", "woman", True),
    ("والدتهم", (), "civilians", "woman", True),
    ("والدتها", (), "civilians", "woman", True),
    ("أمها", (), "civilians", "woman", True),
    ("جدة", ("جدات",), "civilians", "woman", False),
    ("جدته", (), "civilians", "woman", True),
    ("جدتها", (), "civilians", "woman", True),
    ("جدتهم", (), "civilians", "woman", True),
    ("جدتهما", (), "civilians", "woman", True),
    ("أمهم", (), "civilians", "woman", True),
    ("شقيقة", (), "civilians", "woman", False),
    ("شقيقته", (), "civilians", "woman", True),
    ("شقيقتها", (), "civilians", "woman", True),
    ("شقيقتهم", (), "civilians", "woman", True),
    # men
    ("رجل", ("رجال",), None, "man", True),
    ("شاب", ("شبان", "شباب"), None, "man", True),
    ("مسن", ("مسنين", "مسنون"), "civilians", "man", True),
    ("عجوز", (), "civilians", "man", True),
    ("والد", (), "civilians", "man", False),
    ("والده", (), "civilians", "man", True),
    ("والدهم", (), "civilians", "man", True),
    ("زوجها", (), "civilians", "man", True),
    ("شقيق", ("أشقاء",), None, "man", False),
    ("شقيقه", ("أشقائه",), None, "man", True),
    ("شقيقها", ("أشقائها",), None, "man", True),
    ("شقيقهم", (), None, "man", True),
    # brothers, sisters, uncles and aunts by their possessive: "إصابته وعمه وعمته" (his injury
    # and his uncle's and aunt's), "استشهد الشاب وأخوه"
    ("أخوه", (), None, "man", True),
    ("أخاه", (), None, "man", True),
    ("أخيه", (), None, "man", True),
    ("أخوها", (), None, "man", True),
    ("أخاها", (), None, "man", True),
    ("أخيها", (), None, "man", True),
    ("أخته", (), "civilians", "woman", True),
    ("أختها", (), "civilians", "woman", True),
    ("عمه", (), None, "man", True),
    ("عمها", (), None, "man", True),
    ("خالها", (), None, "man", True),
    ("عمته", (), "civilians", "woman", True),
    ("عمتها", (), "civilians", "woman", True),
    ("خالته", (), "civilians", "woman", True),
    ("خالتها", (), "civilians", "woman", True),
    # combatants
    ("عنصر", ("عناصر", "عنصري"), "combatants", None, True),
    ("مقاتل", ("مقاتلين", "مقاتلون", "مقاتلي"), "combatants", None, True),
    ("جندي", ("جنود",), "combatants", None, True),
    ("مسلح", ("مسلحين", "مسلحون", "مسلحي"), "combatants", None, False),
    ("عسكري", ("عسكريين", "عسكريون", "عسكريي"), "combatants", None, False),
    ("ضابط", ("ضباط",), "combatants", None, True),
    ("صف ضابط", ("صف ضباط",), "combatants", None, True),
    ("قيادي", ("قياديين", "قياديون", "قياديي"), "combatants", None, True),
    ("قائد", ("قادة",), "combatants", None, True),
    ("أمير", ("أمراء",), "combatants", None, True),
    ("متزعم", ("متزعمي",), "combatants", None, True),
    ("مجند", ("مجندين", "مجندون"), "combatants", None, True),
    ("شرطي", ("شرطيين", "شرطة"), "combatants", None, True),
    ("حارس", ("حراس",), "combatants", None, True),
    ("مرتزق", ("مرتزقة",), "combatants", None, True),
    ("إرهابي", ("إرهابيين", "إرهابيون"), "combatants", None, True),
    ("داعشي", ("دواعش",), "combatants", None, True),
    ("متعاقد", ("متعاقدين",), "combatants", None, True),
    ("مجاهد", ("مجاهدين", "مجاهدون", "مجاهدي"), "combatants", None, True),
    # people
    ("شخص", ("أشخاص",), None, None, True),
    ("فرد", ("أفراد",), None, None, False),
)

#: Nouns with no singular of their own in the list above.
_OTHER_GROUPS: dict[str, tuple[str | None, str | None]] = {
    "أهالي": ("civilians", None),
    "الأهالي": ("civilians", None),
    "عائلة": ("civilians", None),
    "عائلات": ("civilians", None),
    "أسرة": ("civilians", None),
    "أسر": ("civilians", None),
    "أفراد عائلة": ("civilians", None),
    "أفراد من عائلة": ("civilians", None),
    "أفراد أسرة": ("civilians", None),
    "رجل مسن": ("civilians", "man"),
    "رجلا مسنا": ("civilians", "man"),
    "امرأة مسنة": ("civilians", "woman"),
    "كوادر طبية": ("civilians", None),
    "كادر طبي": ("civilians", None),
    "عمال إغاثة": ("civilians", None),
    "أقارب": ("civilians", None),
    # people of unstated status said to be residents: "15 شخصا من أهالي القرية"
    **{
        f"{people} {of} {residents}": ("civilians", None)
        for people in ("شخص", "شخصا", "أشخاص", "شخصين", "شخصان")
        for of in ("من",)
        for residents in ("أهالي", "سكان", "أهل", "المدنيين")
    },
    "أقاربه": ("civilians", None),
    "الأب": ("civilians", "man"),
    "قوات": ("combatants", None),
    "ميليشيا": ("combatants", None),
    "ميليشيات": ("combatants", None),
    "ميلشيا": ("combatants", None),
    "عناصر أمن": ("combatants", None),
    "عنصر أمن": ("combatants", None),
    # a force's own fighters: "4 من مقاتليها" (4 of its fighters)
    **{
        f"{fighters}{its}": ("combatants", None)
        for fighters in ("مقاتلي", "عناصر", "جنود", "مسلحي", "منتسبي")
        for its in ("ه", "ها", "هم", "نا")
    },
    # security men are not men of unstated status ("رجل" alone is): "مقتل رجلي أمن"
    **{
        f"{men} {security}": ("combatants", None)
        for men in ("رجل", "رجلا", "رجال", "رجلي", "رجلين", "رجلان")
        for security in ("أمن", "الأمن", "شرطة", "الشرطة")
    },
}

_FEMININE_ENDING = "ة"
_ACCUSATIVE = "ا"


def _accusative(noun: str) -> str | None:
    """ "طفل" -> "طفلا" (after 11 to 99: "15 طفلاً"); nouns ending in a vowel or "ة" have none."""
    if noun.endswith((_FEMININE_ENDING, "ى", "ا", "ه", "ء")) or " " in noun:
        return None
    return noun + _ACCUSATIVE


def _duals(noun: str, plurals: tuple[str, ...]) -> tuple[str, ...]:
    """The nominative and oblique dual ("طفلان", "طفلين"; "طفلتان", "طفلتين").

    The oblique dual is left out where the plural is spelled the same ("مدنيين" is two
    civilians or civilians: without diacritics it is read as the plural)."""
    if " " in noun or noun.endswith(("ه", "ها", "هم", "ى")):
        return ()
    stem = noun[:-1] + "ت" if noun.endswith(_FEMININE_ENDING) else noun
    oblique = stem + "ين"
    return (stem + "ان",) + (() if oblique in plurals else (oblique,))


#: "One of the two" after a plural-looking noun shows it is the oblique dual: "استشهاد مدنيين
#: أحدهما طفل" (two civilians were killed, one of them a child).
_ONE_OF_TWO = ("أحدهما", "إحداهما")


def _duals_by_one_of_two(noun: str, plurals: tuple[str, ...]) -> tuple[str, ...]:
    """ "مدنيين أحدهما": the oblique dual _duals leaves out, where "one of the two" follows it."""
    if " " in noun or noun.endswith(("ه", "ها", "هم", "ى", _FEMININE_ENDING)):
        return ()
    oblique = noun + "ين"
    return tuple(f"{oblique} {one}" for one in _ONE_OF_TWO) if oblique in plurals else ()


GROUPS: dict[str, tuple[str | None, str | None]] = {
    **{
        form: (group, sub)
        for singular, plurals, group, sub, _ in _NOUNS
        for form in (singular, *plurals, _accusative(singular))
        if form
    },
    **_OTHER_GROUPS,
}

#: Nouns that are themselves a count: noun -> (count, group, sex_or_age).
COUNTED_NOUNS: dict[str, tuple[int, str | None, str | None]] = {
    **{
        form: (1, group, sub)
        for singular, _, group, sub, bare in _NOUNS
        if bare
        for form in (singular, _accusative(singular))
        if form
    },
    **{
        dual: (2, group, sub)
        for singular, plurals, group, sub, _ in _NOUNS
        for dual in _duals(singular, plurals)
    },
    **{
        dual: (2, group, sub)
        for singular, plurals, group, sub, _ in _NOUNS
        for dual in _duals_by_one_of_two(singular, plurals)
    },
    # cousins: "وإصابة ابن عمه" (and his cousin was injured)
    **dict.fromkeys(
        ("ابن عمه", "ابن عمها", "ابن عمهم", "ابن عمهما", "ابن خاله", "ابن خالته", "ابن عمته"),
        (1, None, "man"),
    ),
    # "وإصابة آخر" (and another injured), "مدنيان آخران"
    "آخر": (1, None, None),
    "آخران": (2, None, None),
    # outcome nouns that count the dead, the wounded and the bodies ("قتيل", one dead)
    "قتيل": (1, None, None),
    "قتيلان": (2, None, None),
    "قتيلين": (2, None, None),
    "شهيد": (1, None, None),
    "شهيدان": (2, None, None),
    "شهيدين": (2, None, None),
    "جريح": (1, None, None),
    "جريحان": (2, None, None),
    "جريحين": (2, None, None),
    "جريحة": (1, None, "woman"),
    "مصاب": (1, None, None),
    "مصابة": (1, None, "woman"),
    "مصابان": (2, None, None),
    "إصابتان": (2, None, None),
    "إصابتين": (2, None, None),
    "ضحية": (1, None, None),
    "ضحيتان": (2, None, None),
    "ضحيتين": (2, None, None),
    "جثة": (1, None, None),
    "جثتان": (2, None, None),
    "جثتين": (2, None, None),
    "جثمان": (1, None, None),
    "جثمانين": (2, None, None),
    # the father of a family: "الأب" with its article, the bare "أب" being spelled like the month
    # "آب" (August) once hamza and madda are folded
    "الأب": (1, "civilians", "man"),
    # possessive duals ("طفليه", his two children)
    **dict.fromkeys(
        ("طفليه", "طفليها", "طفلتيه", "طفلتيها", "ابنيه", "ابنيها"), (2, "civilians", "child")
    ),
    **dict.fromkeys(("ابنتيه", "ابنتيها"), (2, "civilians", "child")),
    # and in the nominative ("قتل رجل وطفلاه", a man and his two children were killed)
    **dict.fromkeys(
        ("طفلاه", "طفلاها", "طفلتاه", "طفلتاها", "ابناه", "ابناها", "ابنتاه", "ابنتاها"),
        (2, "civilians", "child"),
    ),
}

#: Words that tell what most of the people before them were ("38 آخرين معظمهم من النساء", 38
#: others, most of them women): a majority, not who all of them are, so the group named after
#: them is not the count's.
MAJORITY: frozenset[str] = frozenset(
    {
        f"{word}{suffix}"
        for word in ("معظم", "أغلب", "غالبية", "جل", "أكثر")
        for suffix in ("هم", "هن")
    }
)

#: The same words, alone or before "من", as a phrase table ("12 شهيداً جُلّهم من الأطفال
#: والنساء", 12 killed, most of them children and women): people of unstated status most of
#: whom are civilians are presumed civilians.
MOSTLY: frozenset[str] = (
    MAJORITY
    | {f"{word} من" for word in MAJORITY}
    # all of them, a fortiori: "3 أشخاص، جميعهم مدنيون" (three people, all of them civilians)
    | {
        f"{word}{suffix}{of}"
        for word in ("جميع", "كل")
        for suffix in ("هم", "هن")
        for of in ("", " من")
    }
)

#: Words after a counted outcome noun that say among whom it fell: "إصابتين في صفوف المدنيين"
#: (two injuries among the civilians), "عدد من الإصابات بين المدنيين". The person noun after
#: them is the victims' group, as one right after the noun is ("6 قتلى مدنيين").
AMONG: frozenset[str] = frozenset(
    {"في صفوف", "بين صفوف", "بصفوف", "ضمن صفوف", "بين", "في أوساط", "بين أوساط"}
)

#: Arabic writes pronouns onto the verb ("قتله", killed him): none stand alone as victims.
PRONOUNS: dict[str, int | None] = {}

#: Possessives are suffixes in Arabic; none are words.
POSSESSIVES: frozenset[str] = frozenset()

#: The article is a prefix ("ال"), not a word.
DEFINITE: frozenset[str] = frozenset()

#: Phrases after a number that make it a part of the number before ("اثنان منهم").
PARTITIVES: frozenset[str] = frozenset({"منهم", "منهن", "منهما", "من بينهم"})

_SINGULARS: frozenset[str] = frozenset(
    {s for s, *_ in _NOUNS}
    | {a for s, *_ in _NOUNS if (a := _accusative(s))}
    | {w for w, (n, *_) in COUNTED_NOUNS.items() if n == 1}
)

#: Plural forms, for is_singular (every listed form that is not a singular).
IRREGULAR_PLURALS: frozenset[str] = frozenset({p for _, plurals, *_ in _NOUNS for p in plurals})


def is_singular(noun: str) -> bool:
    """Whether a (normalised) person noun names one person ("طفل", not "أطفال" or "طفلين")."""
    return noun in _SINGULAR_KEYS


_SINGULAR_KEYS = frozenset(normalise(w) for w in _SINGULARS)
