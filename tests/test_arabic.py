"""Arabic reports through the same extraction pipeline as English.

Every sentence here was written for the project in the styles Syrian monitors, local networks and
social posts use; none is quoted from a real report.
"""

from __future__ import annotations

from datetime import date

import pytest

from tally import lang
from tally.extract import extract_claims, report_toll
from tally.model import Claim, Report

#: A Tuesday.
PUBLISHED = date(2024, 3, 12)


def claims_of(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    return extract_claims(Report(text=text, language="ar", published=published))


def toll_of(text: str) -> dict[str, dict[str, int]]:
    toll = report_toll(claims_of(text))
    return {outcome: {g: r.best for g, r in groups.items()} for outcome, groups in toll.items()}


def first(text: str, outcome: str) -> Claim:
    """The first claim of an outcome the text makes (failing the test when there is none)."""
    found = [c for c in claims_of(text) if c.outcome == outcome]
    assert found, f"no {outcome} claim in {text!r}: {claims_of(text)}"
    return found[0]


# -- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outcome", "expected"),
    [
        ("استشهد 3 مدنيين بقصف مدفعي على بلدة البارة.", "killed", 3),
        ("استشهد ٣ مدنيين بقصف مدفعي على بلدة البارة.", "killed", 3),
        ("أصيب ١٢ شخصاً بانفجار دراجة نارية مفخخة في مدينة الباب.", "injured", 12),
        ("قتل ثلاثة أطفال بقذيفة سقطت على منزلهم.", "killed", 3),
        ("أصيبت ثلاث نساء بشظايا القصف.", "injured", 3),
        ("تسبب القصف بإصابة ثلاثين شخصاً في السوق الشعبي.", "injured", 30),
        ("جرح ثلاثون مدنياً في الهجوم.", "injured", 30),
        ("أسفر الانفجار عن مقتل خمسة وعشرين مدنياً.", "killed", 25),
        ("أسفر الانفجار عن مقتل خمسة و عشرين مدنياً.", "killed", 25),
        ("أسفر الانفجار عن مقتل واحد وعشرين مدنياً.", "killed", 21),
        ("قتل أحد عشر عنصراً في الكمين.", "killed", 11),
        ("أصيبت إحدى عشرة امرأة في القصف.", "injured", 11),
        ("قتل ثلاثة عشر مدنياً في المجزرة.", "killed", 13),
        ("نزح مئة شخص من القرية.", "displaced", 100),
        ("نزح مائة شخص من القرية.", "displaced", 100),
        ("أسفرت الغارات عن إصابة مئة وعشرين شخصاً.", "injured", 120),
        ("أسفرت الغارات عن إصابة مئتين من المدنيين.", "injured", 200),
        ("أسفرت الغارات عن إصابة ثلاثمئة شخص.", "injured", 300),
        ("نزح ألف شخص من المخيم.", "displaced", 1000),
        ("نزح ثلاثة آلاف شخص من قرى الريف الشمالي.", "displaced", 3000),
    ],
)
def test_numbers_in_digits_and_words(text: str, outcome: str, expected: int) -> None:
    claim = first(text, outcome)
    assert claim.count.best == expected
    assert claim.count.exact


@pytest.mark.parametrize(
    ("text", "outcome", "group", "expected"),
    [
        ("استشهد طفلان بقصف صاروخي على المدينة.", "killed", "children", 2),
        ("أدى القصف إلى إصابة طفلين بجروح.", "injured", "children", 2),
        ("مقتل شابين برصاص قناص في درعا البلد.", "killed", "men", 2),
        ("جرح مدنيان في انفجار لغم أرضي.", "injured", "civilians", 2),
        ("أسفر القصف عن مقتل امرأتين في المخيم.", "killed", "women", 2),
        ("أسفر القصف عن استشهاد مدنيين اثنين.", "killed", "civilians", 2),
        ("قتل طفلان شقيقان بانفجار قنبلة عنقودية.", "killed", "children", 2),
        ("قتل عنصران من قوات النظام على محور كبانة.", "killed", "combatants", 2),
    ],
)
def test_dual_nouns_count_two(text: str, outcome: str, group: str, expected: int) -> None:
    assert toll_of(text)[outcome][group] == expected
    assert toll_of(text)[outcome]["all"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "استشهد طفل بقصف مدفعي على قرية كنصفرة.",
        "أفاد مراسلنا باستشهاد الطفل محمد بقصف على قرية كنصفرة.",
        "اختطف مسلحون طفلاً من أمام مدرسته.",
    ],
)
def test_a_bare_singular_is_one_person(text: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].count.best == 1
    assert claims[0].group == "children"


@pytest.mark.parametrize(
    ("text", "best", "low", "high", "kind"),
    [
        ("أصيب عشرات المدنيين بحالات اختناق.", 12, 12, 99, "approximate"),
        ("سقوط العشرات من الجرحى بالقصف.", 12, 12, 99, "approximate"),
        ("أدى القصف إلى نزوح مئات المدنيين.", 100, 100, 999, "approximate"),
        ("أصيب عدد من المدنيين بجروح متفاوتة.", None, 2, None, "unspecified"),
        ("قتل نحو 20 عنصراً من التنظيم.", 20, 16, 24, "approximate"),
        ("قتل حوالي 10 عناصر من التنظيم.", 10, 8, 12, "approximate"),
        ("قتل قرابة 15 عنصراً من التنظيم.", 15, 12, 18, "approximate"),
        ("قتل أكثر من 10 عناصر من التنظيم.", 11, 11, 11, "approximate"),
        ("قتل ما لا يقل عن 7 عناصر من التنظيم.", 7, 7, 7, "approximate"),
        ("قتل 7 عناصر على الأقل من التنظيم.", 7, 7, 7, "exact"),
    ],
)
def test_vague_and_hedged_numbers(
    text: str, best: int | None, low: int, high: int | None, kind: str
) -> None:
    claim = claims_of(text)[0]
    assert (claim.count.best, claim.count.low, claim.count.high) == (best, low, high)
    assert claim.count.kind == kind
    assert claim.count.exact is (kind == "exact")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استشهد طفل واحد وأصيب آخرون.", 1),
        ("استشهد طفلان اثنان بالقصف.", 2),
        ("استشهد 5 أشخاص من عائلة واحدة بالقصف.", 5),
    ],
)
def test_a_number_after_the_noun_repeats_it(text: str, expected: int) -> None:
    assert toll_of(text)["killed"]["all"] == expected


def test_numbers_that_are_not_people() -> None:
    text = "سقطت 5 قذائف على بعد 3 كم من المدينة، ما أدى لإصابة طفل يبلغ من العمر 12 عاماً."
    assert [(c.outcome, c.count.best) for c in claims_of(text)] == [("injured", 1)]


# -- outcomes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outcome", "expected"),
    [
        ("استشهاد 4 مدنيين بغارة جوية على أريحا.", "killed", 4),
        ("استشهد مدني برصاص قناص على أطراف المدينة.", "killed", 1),
        ("مقتل 5 أشخاص بانفجار سيارة مفخخة في عفرين.", "killed", 5),
        ("قتل 4 مدنيين وأصيب آخرون بقصف مدفعي.", "killed", 4),
        ("أدى القصف إلى سقوط 6 قتلى في السوق.", "killed", 6),
        ("ثلاثة مدنيين قضوا تحت الأنقاض.", "killed", 3),
        ("قضى خمسة مدنيين في القصف.", "killed", 5),
        ("لقي شاب حتفه بانفجار لغم أرضي.", "killed", 1),
        ("لقي ثلاثة عمال حتفهم بانفجار لغم أرضي.", "killed", 3),
        ("أودى القصف بحياة 3 مدنيين.", "killed", 3),
        ("غارة جوية راح ضحيتها 8 مدنيين.", "killed", 8),
        ("فقدان 4 أشخاص لحياتهم بانقلاب شاحنة عسكرية.", "killed", 4),
        ("فقد مزارع حياته بانفجار لغم في أرضه.", "killed", 1),
        ("فقدان طفلين حياتهما بقذيفة سقطت قرب المدرسة.", "killed", 2),
        ("توفي طفل متأثراً بجراحه التي أصيب بها أمس.", "killed", 1),
        ("العثور على جثة شاب في ريف دير الزور الشرقي.", "bodies_found", 1),
        ("انتشال 3 جثث من تحت الأنقاض.", "bodies_found", 3),
        ("خلف القصف 9 جرحى بينهم أطفال.", "injured", 9),
        ("أسفر الانفجار عن إصابة 4 أشخاص.", "injured", 4),
        ("أصيب 3 مدنيين بجروح خطيرة.", "injured", 3),
        ("نقل 5 مصابين إلى مشفى باب الهوى.", "injured", 5),
        ("أدى القصف إلى سقوط جريح في صفوف المدنيين.", "injured", 1),
        ("شنت قوات الأمن حملة أسفرت عن اعتقال 12 شاباً.", "detained", 12),
        ("اعتقلت قوات النظام 7 أشخاص من البلدة.", "detained", 7),
        ("نزح 40 مدنياً من القرية بعد القصف.", "displaced", 40),
        ("أدى القصف إلى نزوح 300 شخص.", "displaced", 300),
        ("فقدان 3 صيادين في البحيرة.", "missing", 3),
        ("ما زال 3 أشخاص في عداد المفقودين.", "missing", 3),
        ("اختطاف طفل على طريق الباب.", "abducted", 1),
        ("خطف مسلحون 4 مدنيين على الطريق.", "abducted", 4),
        ("أُعدم شاب ميدانياً على يد عناصر التنظيم.", "killed", 1),
    ],
)
def test_outcomes_as_verbs_nouns_and_participles(text: str, outcome: str, expected: int) -> None:
    assert first(text, outcome).count.best == expected


def test_verb_first_with_its_subject_between() -> None:
    text = "قتلت القوات التركية 4 مدنيين بينهم طفلان في قرية بريف الحسكة."
    claim = first(text, "killed")
    assert (claim.count.best, claim.group) == (4, "civilians")
    assert [(p.count.best, p.group) for p in claim.parts] == [(2, "children")]


def test_clitics_and_diacritics() -> None:
    toll = toll_of("وأُصِيبَ طِفْلٌ بِجُرُوحٍ، واستـشـهد ٢ من المدنيين.")
    assert toll["injured"]["children"] == 1
    assert toll["killed"]["civilians"] == 2


def test_one_number_for_the_dead_and_wounded_is_not_a_death_toll() -> None:
    text = "يوم دامٍ في الشمال: 40 مدنياً بين قتيل وجريح بقصف النظام."
    toll = report_toll(claims_of(text))
    assert "killed" not in toll
    # how many were hurt, not how many were injured: none for sure, up to 40
    injured = toll["injured"]["civilians"]
    assert (injured.best, injured.high) == (0, 40)


# -- victims ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("قتل طفل بقصف مدفعي.", "children"),
        ("قتل 3 أطفال بقصف مدفعي.", "children"),
        ("قتلت طفلة بقصف مدفعي.", "children"),
        ("قتلت امرأة بقصف مدفعي.", "women"),
        ("قتلت 4 نساء بقصف مدفعي.", "women"),
        ("قتلت سيدة بقصف مدفعي.", "women"),
        ("قتل رجل بقصف مدفعي.", "men"),
        ("قتل 3 رجال بقصف مدفعي.", "men"),
        ("قتل شاب بقصف مدفعي.", "men"),
        ("قتل 5 شبان بقصف مدفعي.", "men"),
        ("قتل مدني بقصف مدفعي.", "civilians"),
        ("قتل 6 مدنيين بقصف مدفعي.", "civilians"),
        ("قتل مواطن بقصف مدفعي.", "civilians"),
        ("قتل عنصر بقصف مدفعي.", "combatants"),
        ("قتل 3 عناصر بقصف مدفعي.", "combatants"),
        ("قتل مقاتل بقصف مدفعي.", "combatants"),
        ("قتل 4 مقاتلين بقصف مدفعي.", "combatants"),
        ("قتل جندي بقصف مدفعي.", "combatants"),
        ("قتل 7 جنود بقصف مدفعي.", "combatants"),
        ("قتل 3 مسلحين في الاشتباكات.", "combatants"),
        ("أصيب حفيدها بقذيفة سقطت قرب البيت.", "children"),
    ],
)
def test_victim_groups(text: str, group: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].group == group


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("استشهاد عامل بقصف مدفعي على مطحنة في ريف منبج.", "killed"),
        ("مقتل مزارع بانفجار لغم أثناء حراثة أرضه قرب سراقب.", "killed"),
        ("أدى القصف إلى إصابة المزارع بشظايا في ساقه.", "injured"),
    ],
)
def test_a_worker_or_farmer_alone_is_one_civilian(text: str, outcome: str) -> None:
    assert toll_of(text)[outcome]["civilians"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "أصيب 9 أشخاص من أهالي البلدة بقصف صاروخي على السوق.",
        "مقتل 9 أشخاص من سكان القرية بغارة جوية.",
    ],
)
def test_people_said_to_be_residents_are_civilians(text: str) -> None:
    toll = toll_of(text)
    outcome = next(iter(toll))
    assert toll[outcome]["civilians"] == 9


def test_children_and_women_are_civilians_in_the_toll() -> None:
    toll = toll_of("استشهد 3 أطفال وامرأة بقصف روسي على بلدة معرة مصرين.")
    assert toll["killed"] == {"all": 4, "civilians": 4, "children": 3, "women": 1}


def test_parts_after_among_them() -> None:
    text = "قتل 8 مدنيين بينهم 5 أطفال وامرأة، وأصيب سبعة آخرون؛ 3 منهم أطفال."
    killed, injured = (first(text, o) for o in ("killed", "injured"))
    assert (killed.count.best, [(p.count.best, p.group) for p in killed.parts]) == (
        8,
        [(5, "children"), (1, "women")],
    )
    assert killed.parts_add_up is False
    assert [(p.count.best, p.group) for p in injured.parts] == [(3, "children")]
    assert toll_of(text)["injured"]["all"] == 7


def test_a_count_with_its_own_outcome_is_not_a_part() -> None:
    text = "بلغت حصيلة القصف 13 قتيلاً بينهم امرأة وطفل، و28 جريحاً."
    killed, injured = (first(text, o) for o in ("killed", "injured"))
    assert [(p.count.best, p.group) for p in killed.parts] == [(1, "women"), (1, "children")]
    assert injured.count.best == 28


def test_others_are_of_the_same_group() -> None:
    toll = toll_of("مقتل 3 مدنيين وإصابة 4 آخرين بقصف على السوق.")
    assert toll["injured"]["civilians"] == 4


def test_others_in_a_restated_toll_are_not_counted_twice() -> None:
    text = "مقتل 3 مدنيين وإصابة 4 آخرين بقصف على السوق.\nوأكد المصدر مقتل 3 مدنيين وإصابة 4 آخرين."
    assert toll_of(text)["injured"]["all"] == 4


def test_another_in_a_sentence_of_its_own_adds() -> None:
    text = "مقتل 3 مدنيين بقصف على السوق.\nوفي وقت لاحق توفي مدني آخر متأثراً بجراحه."
    assert toll_of(text)["killed"]["civilians"] == 4


# -- parties -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("مقتل 3 عناصر من تنظيم الدولة في البادية.", "isis"),
        ("مقتل 3 عناصر من داعش في البادية.", "isis"),
        ("مقتل عنصرين من التنظيم في البادية.", "isis"),
        ("مقتل عنصرين من قسد بهجوم مسلح.", "sdf"),
        ("مقتل 4 مقاتلين من قوات سوريا الديمقراطية.", "sdf"),
        ("مقتل عنصر من الأسايش على حاجز.", "sdf"),
        ("مقتل 3 مقاتلين من وحدات حماية الشعب.", "sdf"),
        ("مقتل 5 عناصر من قوات النظام على محور الملاجة.", "regime"),
        ("مقتل 5 جنود من جيش النظام.", "regime"),
        ("مقتل 6 عناصر من الميليشيات الموالية.", "regime"),
        ("مقتل 3 عناصر من حزب الله بغارة.", "hezbollah"),
        ("مقتل 9 عناصر من الميليشيات الإيرانية بغارة.", "iran_backed"),
        ("مقتل جنديين من القوات الروسية بانفجار لغم.", "russia"),
        ("مقتل 3 جنود من القوات التركية.", "turkey"),
        ("مقتل جنديين من الجيش التركي.", "turkey"),
        ("مقتل 4 عناصر من الفصائل الموالية لتركيا.", "turkish_backed"),
        ("مقتل 4 عناصر من الجيش الوطني.", "turkish_backed"),
        ("مقتل عنصرين من هيئة تحرير الشام.", "hts"),
        ("مقتل 3 مقاتلين من الفصائل على جبهة الزاوية.", "opposition"),
        ("مقتل عنصر من قوات التحالف الدولي.", "coalition"),
        ("مقتل 4 جنود من جيش الاحتلال الإسرائيلي.", "israel"),
        ("مقتل عنصرين لقسد بهجوم مسلح.", "sdf"),
    ],
)
def test_party_of_the_victims(text: str, party: str) -> None:
    claim = first(text, "killed")
    assert claim.party == party
    assert toll_of(text)["killed"]["combatants"] == claim.count.best


@pytest.mark.parametrize(
    "text",
    [
        "مقتل شاب برصاص مجهولين في درعا.",
        "مقتل شاب بقصف للطيران الروسي.",
        "مقتل شاب جراء قصف الاحتلال الإسرائيلي.",
        "مقتل شاب بغارة لطيران التحالف الدولي.",
        "قتل شاب خلال عملية إنزال لقوات التحالف الدولي في قرية بريف دير الزور.",
        "قتل شاب خلال مداهمة لقوات النظام في حي بمدينة نوى.",
    ],
)
def test_the_perpetrator_is_not_the_victims_party(text: str) -> None:
    claim = first(text, "killed")
    assert claim.party is None
    assert toll_of(text)["killed"]["civilians"] == 1


# -- how sure, and what is not this report's news ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("مقتل 4 مدنيين بقصف على البلدة، والحصيلة قيد التحقق.", "under_verification"),
        ("مقتل 4 مدنيين بقصف على البلدة، في حصيلة غير نهائية.", "not_definitive"),
        ("مقتل 4 مدنيين بقصف على البلدة، والحصيلة مرشحة للارتفاع.", "not_definitive"),
        ("مقتل 4 مدنيين بقصف على البلدة في حصيلة أولية.", "not_definitive"),
        ("مقتل 4 مدنيين بقصف على البلدة بشكل مؤكد.", "confirmed"),
        ("نفت وزارة الدفاع مقتل 4 مدنيين بالقصف.", "denied"),
    ],
)
def test_certainty(text: str, status: str) -> None:
    assert first(text, "killed").status == status


def test_numbers_under_verification_widen_the_range_only() -> None:
    toll = report_toll(claims_of("مقتل 4 مدنيين بقصف على البلدة، والحصيلة قيد التحقق."))
    civilians = toll["killed"]["civilians"]
    assert (civilians.best, civilians.high) == (0, 4)


def test_the_past_perfect_recalls_an_earlier_event() -> None:
    text = (
        "أصيبت امرأة بجروح بقصف مدفعي على قرية الهوشرية صباح اليوم. "
        "وكان المرصد السوري قد وثق يوم أمس مقتل 6 مدنيين بقصف مماثل على القرية ذاتها. "
        "وكانت طائرات مسيرة قد استهدفت سيارة في المنطقة ما أدى لمقتل شخصين."
    )
    assert "killed" not in toll_of(text)
    assert toll_of(text)["injured"]["civilians"] == 1
    # "كان" without the particle, or the particle without "كان" opening the sentence
    assert toll_of("وكان بين القتلى 3 أطفال من عائلة واحدة.")["killed"]["children"] == 3
    assert toll_of("قتل 3 مدنيين بقصف على البلدة وكان قد أصيب آخرون.")["killed"]["all"] == 3


def test_a_total_since_a_year_is_background_without_a_publication_date() -> None:
    claims = claims_of("وتسببت هجمات الفصيل بمقتل عشرات المدنيين منذ عام 2017.", published=None)
    assert claims and all(c.background for c in claims)
    assert "killed" not in report_toll(claims)


def test_a_total_over_the_past_days_is_not_the_event() -> None:
    text = (
        "أصيب مدني بجروح بقصف مدفعي على بلدة كفرنبل اليوم. وشهدت الأيام الماضية تصعيداً "
        "للقصف على المنطقة تسبب بمقتل 4 مدنيين."
    )
    assert "killed" not in toll_of(text)
    assert toll_of(text)["injured"]["civilians"] == 1


def test_a_running_total() -> None:
    claim = first("ارتفع عدد القتلى إلى 12 مدنياً بينهم 4 أطفال.", "killed")
    assert (claim.count.best, claim.scope) == (12, "cumulative")


@pytest.mark.parametrize(
    "text",
    [
        "ووثق المرصد منذ بداية العام مقتل 120 مدنياً في المحافظة.",
        "وكان القصف قد أدى في شباط الماضي إلى مقتل 9 مدنيين.",
        "وتسببت هجمات الفصيل بمقتل عشرات المدنيين منذ عام 2017.",
        "ووثقت فرق الإسعاف منذ مطلع 2024 مقتل 40 مدنياً بالألغام.",
        "وقبل أسبوعين، قتل رجل وامرأة بقصف صاروخي على مخيم قرب البلدة.",
    ],
)
def test_background_numbers_do_not_count(text: str) -> None:
    claim = first(text, "killed")
    assert claim.background
    assert "killed" not in toll_of(text)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("انفجار لغم أرضي في ريف حماة دون وقوع إصابات.", "injured"),
        ("سقطت قذيفة على المدينة ولا إصابات.", "injured"),
        ("سقطت قذيفة على المدينة ولم تسجل إصابات.", "injured"),
        ("سقطت قذيفة على المدينة بدون إصابات.", "injured"),
        ("تأكدت فرق الدفاع المدني من عدم وقوع إصابات.", "injured"),
        ("لم ترد أنباء عن أي إصابات جراء القصف.", "injured"),
        ("سقطت قذيفة على المدينة ولم تسجل وفيات.", "killed"),
    ],
)
def test_negation_gives_zero(text: str, outcome: str) -> None:
    claim = first(text, outcome)
    assert claim.count.best == 0
    assert toll_of(text)[outcome]["all"] == 0


def test_negation_does_not_hide_a_number() -> None:
    toll = toll_of("قتل ما لا يقل عن 5 مدنيين بقصف على القرية.")
    assert toll["killed"]["civilians"] == 5


# -- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 3 مدنيين في 3 آذار بقصف مدفعي.", "2024-03-03"),
        ("قتل 3 مدنيين في 15 كانون الثاني 2024 بقصف مدفعي.", "2024-01-15"),
        ("قتل 3 مدنيين في 2 كانون الأول 2023 بقصف مدفعي.", "2023-12-02"),
        ("قتل 3 مدنيين في 20 تشرين الأول 2023 بقصف مدفعي.", "2023-10-20"),
        ("قتل 3 مدنيين في 9 شباط.", "2024-02-09"),
        ("قتل 3 مدنيين في 5 يناير 2024.", "2024-01-05"),
        ("قتل 3 مدنيين في 28 فبراير.", "2024-02-28"),
        ("قتل 3 مدنيين أمس بقصف مدفعي.", "2024-03-11"),
        ("قتل 3 مدنيين البارحة بقصف مدفعي.", "2024-03-11"),
        ("قتل 3 مدنيين اليوم بقصف مدفعي.", "2024-03-12"),
        ("قتل 3 مدنيين فجر اليوم بقصف مدفعي.", "2024-03-12"),
        ("قتل 3 مدنيين مساء أمس بقصف مدفعي.", "2024-03-11"),
        ("قتل 3 مدنيين أول أمس بقصف مدفعي.", "2024-03-10"),
        ("قتل 3 مدنيين الأحد الماضي بقصف مدفعي.", "2024-03-10"),
        ("قتل 3 مدنيين يوم الجمعة بقصف مدفعي.", "2024-03-08"),
        ("قتل 3 مدنيين مساء الخميس الفائت بقصف مدفعي.", "2024-03-07"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert first(text, "killed").date == expected


@pytest.mark.parametrize(
    "text",
    ["أصيب طفل بقصف على البلدة يوم الأحد.", "أصيب طفل بقصف على البلدة مساء الاثنين."],
)
def test_weekdays_are_not_numbers(text: str) -> None:
    # "الأحد" is also "one" and "الاثنين" also "the two"
    assert [(c.outcome, c.count.best) for c in claims_of(text)] == [("injured", 1)]


# -- mixed posts and evidence ------------------------------------------------------------------


def test_a_mixed_post_with_hashtags_and_emoji() -> None:
    text = "#عاجل 🔴 #ادلب | BREAKING: استشهاد امرأة وطفلتها بقصف روسي على #معرة_مصرين 💔 #Syria"
    assert toll_of(text)["killed"] == {"all": 2, "civilians": 2, "children": 1, "women": 1}


def test_latin_acronyms_in_an_arabic_post() -> None:
    assert first("مقتل 3 عناصر من PKK بقصف تركي.", "killed").party == "sdf"


def test_evidence_points_into_the_text() -> None:
    text = (
        "إدلب - مراسلنا\n"
        "استشهد 3 مدنيين بينهم طفلة، وأُصيب 7 آخرون بقصف مدفعي لقوات النظام على بلدة كنصفرة، "
        "فجر اليوم.\n"
        "وفي ريف حلب، اعتقلت قسد 4 شبان."
    )
    claims = claims_of(text)
    assert [(c.outcome, c.count.best) for c in claims] == [
        ("killed", 3),
        ("injured", 7),
        ("detained", 4),
    ]
    for claim in (c for top in claims for c in (top, *top.parts)):
        e = claim.evidence
        assert text[e.start : e.end] == e.text
        assert e.text in e.sentence
        assert e.sentence in text
        assert claim.count.text in e.text
    assert claims[0].evidence.text == "استشهد 3 مدنيين"


def test_a_report_labelled_english_is_read_as_arabic() -> None:
    text = "مقتل 5 مدنيين بقصف على مدينة الباب."
    claims = extract_claims(Report(text=text, language="en", published=PUBLISHED))
    assert [(c.outcome, c.count.best, c.group) for c in claims] == [("killed", 5, "civilians")]


# -- the language module -----------------------------------------------------------------------


def test_spelling_variants_meet() -> None:
    ar = lang.load("ar")
    assert ar.normalise("إسرائيليّة") == ar.normalise("اسرائيليه")
    assert ar.normalise("مئة") == ar.normalise("مِئَة")
    assert ar.normalise("شهداء") == ar.normalise("شهدا")
    assert ar.normalise("استـشـهاد") == ar.normalise("استشهاد")
    assert ar.normalise("PKK") == "pkk"
    # one character folds to at most one: offsets of folded text stay meaningful
    assert all(len(ar.normalise(ch)) <= 1 for ch in "أإآٱىةؤئًٌٍَُِّْـ")


def test_both_languages_provide_the_same_tables() -> None:
    en, ar = lang.load("en"), lang.load("ar")
    assert set(en.__all__) <= set(ar.__all__) | {"PREFIXES"}
    for name in en.__all__:
        assert type(getattr(en, name)) is type(getattr(ar, name)) or callable(getattr(en, name))


# -- the language-neutral rules Arabic needed, in English --------------------------------------


def test_english_others_are_of_the_same_group() -> None:
    claims = extract_claims(
        Report(
            text="Shelling killed 2 civilians and injured 3 others in Ariha.", published=PUBLISHED
        )
    )
    toll = report_toll(claims)
    assert toll["injured"]["civilians"].best == 3


def test_english_weekday_is_never_a_count() -> None:
    claims = extract_claims(
        Report(text="A civilian was killed in Ariha on Sunday.", published=PUBLISHED)
    )
    assert [(c.outcome, c.count.best, c.date) for c in claims] == [("killed", 1, "2024-03-10")]


def test_a_mother_and_her_son() -> None:
    from tally.extract import extract_claims, report_toll
    from tally.model import Report

    claims = extract_claims(
        Report(text="استشهاد أم وابنها بقصف مسيّرة على حي في القامشلي", language="ar")
    )
    killed = report_toll(claims)["killed"]
    assert (killed["civilians"].best, killed["women"].best, killed["children"].best) == (2, 1, 1)


def test_a_range_between_two_numbers() -> None:
    from tally.extract import extract_claims
    from tally.model import Report

    (claim,) = extract_claims(Report(text="قتل بين 2 و4 مدنيين بقصف على البلدة", language="ar"))
    assert (claim.count.best, claim.count.low, claim.count.high) == (2, 2, 4)


def test_a_total_since_the_start_of_the_year_is_not_the_events_toll() -> None:
    text = (
        "استشهد مدني بقصف مدفعي على بلدة كنصفرة في ريف إدلب الجنوبي صباح اليوم.\n"
        "ووثق المرصد منذ مطلع العام الجاري 30 هجوما على المنطقة. "
        "وأسفرت هذه الهجمات عن مقتل 25 مدنيا."
    )
    assert toll_of(text)["killed"]["civilians"] == 1


def test_also_far_after_the_numbers_does_not_add_them() -> None:
    text = (
        "استشهد 4 مدنيين بغارات جوية على بلدة الغدفة اليوم. "
        "مقتل 4 مدنيين وإصابة 9 آخرين بغارات جوية استهدفت سوقاً شعبياً في البلدة، التي تعرضت "
        "أيضاً لقصف مدفعي في ساعات المساء."
    )
    assert toll_of(text)["killed"]["civilians"] == 4
    # "also" about the outcome still adds
    also = "استشهد 4 مدنيين بغارات جوية على البلدة. كما استشهد أيضاً طفلان بقصف مدفعي."
    assert toll_of(also)["killed"]["civilians"] == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Airstrikes killed 4 civilians in Ariha. Airstrikes killed 4 civilians in the town, "
            "whose market was also shelled in the evening.",
            4,
        ),
        ("Airstrikes killed 4 civilians in Ariha. Two children were killed too.", 6),
        ("Airstrikes killed 4 civilians in Ariha. Meanwhile, two children were killed.", 6),
    ],
)
def test_english_also_about_another_clause_does_not_add(text: str, expected: int) -> None:
    toll = report_toll(extract_claims(Report(text=text, published=PUBLISHED)))
    assert toll["killed"]["civilians"].best == expected


# A day's round-up from a rescue service, in its own words: people harmed in four places.
_ROUND_UP = (
    "قتل 9 مدنيين وأصيب 14 آخرون يوم الأحد في هجمات شنتها قوات النظام على ريف إدلب.\n"
    "إذ قتل 4 مدنيين وأصيب 6 مدنيين بقصف مدفعي على مدينة سرمين.\n"
    "وقتل 3 مدنيين وأصيب 5 مدنيين بقصف صاروخي على مدينة أريحا.\n"
    "وقتل مدنيان وأصيب 3 مدنيين بقصف على بلدة كفرنبل.\n"
)


def _bundle_toll(*documents: dict[str, str]) -> dict[str, dict[str, dict[str, int]]]:
    import json

    from tally.commands.tolls import line_toll
    from tally.model import toll_to_dict

    line = json.dumps({"id": "b", "documents": [{**d, "language": "ar"} for d in documents]})
    _, toll, problems = line_toll(line.encode(), "test")
    assert not problems
    return toll_to_dict(toll)


def test_a_round_up_read_alone_keeps_the_days_toll() -> None:
    toll = toll_of(_ROUND_UP)
    assert toll["killed"]["civilians"] == 9
    assert toll["injured"]["civilians"] == 14


def test_a_round_up_counts_for_an_incident_the_event_its_other_reports_place() -> None:
    other = {
        "text": "سقطت قذائف على حي سكني في مدينة أريحا ظهر الأحد",
        "publisher": "b",
    }
    toll = _bundle_toll({"text": _ROUND_UP, "publisher": "a"}, other)
    assert toll["killed"]["civilians"]["best"] == 3
    assert toll["injured"]["civilians"]["best"] == 5


def test_a_round_up_alone_counts_for_an_incident_its_least_event() -> None:
    toll = _bundle_toll({"text": _ROUND_UP, "publisher": "a"})
    assert toll["killed"]["civilians"]["best"] == 2
    assert toll["injured"]["civilians"]["best"] == 3


def test_people_listed_under_one_verb_in_a_headline_add_up() -> None:
    report = Report(
        title="مقتل فلاح وزوجته بقذيفة على أطراف قرية تل صافي",
        text="سقطت قذيفة على أرض زراعية صباح اليوم.",
        language="ar",
        published=PUBLISHED,
    )
    toll = report_toll(extract_claims(report))
    assert toll["killed"]["civilians"].best == 2


def test_each_number_takes_the_village_named_after_it() -> None:
    text = "قتل طفل بقصف على مدينة سرمين، وقتل رجلان بقصف على مدينة أريحا."
    places = [(c.count.best, c.place and c.place.name) for c in claims_of(text)]
    assert places == [(1, "Sarmin"), (2, "Ariha")]


def test_the_attacks_of_a_period_named_in_a_paragraph_of_their_own_are_that_periods() -> None:
    text = (
        "قتل مدنيان بقذيفة سقطت على قرية الرامي صباح اليوم.\n\n"
        "واستجابت فرق الإسعاف منذ بداية العام الحالي لـ 240 هجوماً على قرى المنطقة.\n\n"
        "وأدت الهجمات إلى مقتل 58 مدنياً وإصابة 131 آخرين."
    )
    toll = toll_of(text)
    assert toll["killed"]["civilians"] == 2
    assert "injured" not in toll


def test_a_number_in_a_name_before_a_dash_is_not_a_count() -> None:
    toll = toll_of("شبكة الجنوب 24 - وفاة الشاب سامر متأثراً بجراحه")
    assert toll["killed"]["all"] == 1


def test_a_heading_glued_to_its_story_does_not_count_twice() -> None:
    text = "#عاجل مقتل طفلين وإصابة 3 مدنيين بقذيفة على قرية الحميديةقتل طفلان وأصيب ثلاثة مدنيين"
    toll = toll_of(text)
    assert toll["killed"]["children"] == 2
    assert toll["injured"]["civilians"] == 3


@pytest.mark.parametrize("year", ["2023", "٢٠٢٣"])
def test_a_total_for_a_year_in_either_digits_is_a_period(year: str) -> None:
    (claim,) = claims_of(f"ووثقت الشبكة مقتل 40 مدنيا خلال {year} بقصف على ريف إدلب.")
    assert claim.scope == "period"


# -- victims named one after another -----------------------------------------------------------


def test_victims_named_one_after_another_share_the_verb() -> None:
    toll = toll_of(
        "أدى القصف إلى استشهاد المواطن خالد يوسف الحمد (40 عاماً) والطفلة لمى يوسف في قرية تل حمام."
    )
    assert toll["killed"]["civilians"] == 2
    assert toll["killed"]["children"] == 1


def test_a_victim_named_before_his_brother_is_counted_with_him() -> None:
    toll = toll_of("أسفرت الغارة عن مقتل الشاب مازن عيسى وشقيقه فادي قرب المطحنة.")
    assert toll["killed"]["men"] == 2


def test_a_victim_after_a_place_is_not_read_across_it() -> None:
    toll = toll_of("قتل الشاب مازن في قرية تل حمام والطفل فادي يلعب أمام المنزل.")
    assert toll["killed"]["all"] == 1


# -- duals -------------------------------------------------------------------------------------


def test_a_plural_looking_noun_before_one_of_the_two_is_a_dual() -> None:
    toll = toll_of("أسفر القصف المدفعي عن مقتل مدنيين أحدهما امرأة في بلدة كفر حمرة.")
    assert toll["killed"]["civilians"] == 2
    assert toll["killed"]["women"] == 1


def test_his_two_children_in_the_nominative_are_two() -> None:
    toll = toll_of("قتل رجل وطفلاه بقصف استهدف مزرعتهم شرق البلدة.")
    assert toll["killed"]["civilians"] == 3
    assert toll["killed"]["children"] == 2


def test_the_father_and_his_girls_listed_before_their_verb_share_it() -> None:
    toll = toll_of("وقال أحد الجيران إن الأب وطفلتين له قتلوا في الغارة على منزلهم.")
    assert toll["killed"]["civilians"] == 3
    assert toll["killed"]["men"] == 1


# -- people of unstated status, then what they were --------------------------------------------


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        ("أعلنت الأسايش استشهاد شخصين مدنيين بقصف طال قرية السنديانة.", "civilians", 2),
        ("قتل 4 أشخاص مدنيين بانفجار عبوة قرب الفرن.", "civilians", 4),
        ("قتل شخص مدني برصاص قناص على طريق المزرعة.", "civilians", 1),
        ("قتل 3 أشخاص مسلحين في اشتباك قرب الحاجز.", "combatants", 3),
    ],
)
def test_a_person_noun_after_people_says_what_they_were(
    text: str, group: str, expected: int
) -> None:
    assert toll_of(text)["killed"][group] == expected


def test_a_person_joined_after_people_is_someone_else() -> None:
    toll = toll_of("قتل 3 أشخاص وطفل بقذيفة على السوق.")
    assert toll["killed"]["all"] == 4
    assert toll["killed"]["civilians"] == 1


# -- a verb joined by "and" opens a clause of its own ----------------------------------------


def test_a_victim_before_and_was_injured_is_the_first_verbs() -> None:
    toll = toll_of("قتلت طفلة وأصيبت شقيقتها بقذيفة سقطت قرب المدرسة.")
    assert toll["killed"]["children"] == 1
    assert toll["injured"]["civilians"] == 1


def test_two_other_women_in_the_feminine_dual_are_the_others() -> None:
    toll = toll_of("قتلت امرأة وأصيبت اثنتان أخريان بقصف على حي الجامع.")
    assert toll["killed"]["women"] == 1
    assert toll["injured"]["civilians"] == 2


def test_people_most_of_whom_are_children_are_presumed_civilians() -> None:
    toll = toll_of("قتل 8 أشخاص، معظمهم من الأطفال والنساء، بغارة على بلدة الهورة.")
    assert toll["killed"]["civilians"] == 8


def test_people_most_of_whom_are_fighters_are_not_presumed_civilians() -> None:
    toll = toll_of("قتل 8 أشخاص أغلبهم من المسلحين في اشتباك على أطراف البلدة.")
    assert toll["killed"]["civilians"] == 0


def test_a_named_victims_age_after_commas_does_not_end_the_list() -> None:
    toll = toll_of("أسفرت الغارة عن مقتل المزارع حسن الخلف، 52 عاماً، وحفيدته سلمى قرب البئر.")
    assert toll["killed"]["civilians"] == 2
    assert toll["killed"]["children"] == 1


def test_others_after_a_plural_noun_belong_to_it() -> None:
    toll = toll_of("قتل رجل بقصف على المزرعة وأصيب 4 أطفال آخرون وجدتهم.")
    assert toll["injured"]["civilians"] == 5
    assert toll["injured"]["children"] == 4


def test_people_among_whom_a_civilian_are_not_all_civilians() -> None:
    # naming a civilian among them tells the others apart: only the one named is a civilian
    toll = toll_of("قُتل أربعة أشخاص بينهم مدني بغارة على سيارة قرب بلدة كفرنبودة.")
    assert toll["killed"]["all"] == 4
    assert toll["killed"]["civilians"] == 1


def test_how_many_children_a_parent_has_is_not_a_count() -> None:
    # "a father of four children was killed": one man, not four children
    toll = toll_of("سليم الدباغ أب لأربعة أطفال استشهد جراء القصف على قرية المشيرفة.")
    assert "children" not in toll.get("killed", {})
    # joined to the parent, the number counts: "a father and three children"
    assert toll_of("استشهاد رجل وثلاثة أطفال بقصف على البلدة.")["killed"]["children"] == 3


def test_the_past_perfect_without_its_particle_before_a_reporting_verb() -> None:
    # "وكان المرصد وثق" drops "قد" but still tells what was documented before
    text = (
        "أصيب طفل بجروح بقصف مدفعي على قرية تل مرقص صباح اليوم. "
        "وكان المرصد وثق أمس مقتل 4 مدنيين بقصف مماثل على ريف الحسكة."
    )
    assert "killed" not in toll_of(text)
    assert toll_of(text)["injured"]["children"] == 1


def test_deaths_between_two_years_are_not_the_event() -> None:
    # (a page without its date: the years alone tell the brothers died long before)
    text = (
        "قتل رجل بغارة على منزله في قرية الكرامة. وله شقيقان قتلا في المعارك بين عامي 2016 و2018."
    )
    assert report_toll(claims_of(text, published=None))["killed"]["all"].best == 1


def test_one_number_for_the_dead_and_wounded_gives_way_to_the_split() -> None:
    text = "مقتل وإصابة 7 مدنيين بقصف على بلدة الشيخ عيسى.\nوقتل 3 مدنيين وأصيب 4 آخرون بجروح."
    toll = toll_of(text)
    assert (toll["killed"]["civilians"], toll["injured"]["civilians"]) == (3, 4)


def test_one_person_told_twice_in_a_sentence_in_the_same_words_is_one() -> None:
    # a post's heading run into its text: "the child who was killed" twice, one child
    text = (
        "اسم الطفل الذي قتل بقصف على قرية الدردارة كشفت مصادر محلية اسم الطفل الذي قتل بالقصف أمس."
    )
    assert toll_of(text)["killed"]["children"] == 1


def test_a_day_of_a_month_with_min_is_a_date() -> None:
    # "في 3 من شباط" (on the 3rd of February) opens a sentence about an earlier day
    text = "أصيب طفل بقصف على بلدة الهبيط اليوم. وفي 3 من شباط، قتل مدنيان بقصف على البلدة ذاتها."
    assert "killed" not in toll_of(text)
    assert toll_of(text)["injured"]["children"] == 1


def test_an_earlier_day_that_shares_one_figure_with_the_lead_is_not_the_lead_restated() -> None:
    text = (
        "أصيب أربعة مدنيين بقصف مسيرة على سيارة قرب بلدة عامودا. "
        "وفي 5 من كانون الثاني، قتل مدنيان وأصيب أربعة آخرون بقصف على قرية مجاورة."
    )
    toll = toll_of(text)
    assert "killed" not in toll
    assert toll["injured"]["civilians"] == 4


def test_a_quarter_named_by_a_number_is_not_a_count() -> None:
    text = "أدى انفجار لغم في حي الخمسين بمدينة جاسم إلى إصابة 3 أطفال بجروح."
    assert toll_of(text)["injured"] == {"all": 3, "civilians": 3, "children": 3}


def test_most_of_them_does_not_name_the_group_of_all() -> None:
    # "12 others, most of them children": the 12 are the civilians before, not all children
    toll = toll_of("قتل 3 مدنيين وأصيب 12 آخرون معظمهم من الأطفال بقصف على سوق البلدة.")
    assert toll["injured"]["civilians"] == 12
    assert "children" not in toll["injured"]


def test_a_headline_that_gives_a_period_total_is_not_an_event() -> None:
    report = Report(
        title="مقتل 9 مدنيين بقصف على ريف إدلب",
        text="وثقت فرق الإنقاذ خلال الشهر الماضي مقتل 9 مدنيين بقصف على قرى ريف إدلب الجنوبي.",
        language="ar",
        published=PUBLISHED,
    )
    assert "killed" not in report_toll(extract_claims(report))


def test_a_drowning_is_not_a_casualty_of_an_attack() -> None:
    text = "أصيب مدنيان بقصف على قرية الحمام. وتوفي فتى غرقا أثناء السباحة في نهر قريب."
    assert "killed" not in toll_of(text)


def test_also_in_another_clause_does_not_add_the_numbers() -> None:
    # "also" belongs to the villages shelled, not to the children hurt: one event restated
    text = (
        "إصابة طفلين بقصف مدفعي على قرية الدندنية.\n"
        "قصفت القوات المهاجمة بالمدفعية الثقيلة قرى في ريف المدينة الغربي، وكذلك قرى أخرى في "
        "ريفها الشرقي القريب من الطريق العام، ونتيجة القصف على قرية الدندنية أصيب طفلان."
    )
    assert toll_of(text)["injured"]["children"] == 2


@pytest.mark.parametrize(
    "text",
    ["مقتل رجل أمن بانفجار عبوة ناسفة قرب حاجز البلدة.", "استشهاد 3 مجاهدين بقصف على معسكر تدريب."],
)
def test_security_men_and_mujahideen_are_combatants(text: str) -> None:
    toll = toll_of(text)["killed"]
    assert "combatants" in toll
    assert toll.get("civilians", 0) == 0


def test_this_shelling_after_a_recalled_event_is_that_event() -> None:
    # "هذا وكان ... قد" recalls an earlier attack; "وأسفر هذا القصف" goes on with it
    text = (
        "أصيب مزارع بقصف على قرية أم الخير صباح اليوم. "
        "هذا وكانت المدفعية قد استهدفت مساء أمس شاحنة على طريق القرية. "
        "وأسفر هذا القصف عن مقتل سائق الشاحنة."
    )
    toll = toll_of(text)
    assert "killed" not in toll
    assert toll["injured"]["civilians"] == 1


def test_a_joined_outcome_word_after_a_count_starts_a_new_clause() -> None:
    # the 3 of the family were killed; "وإصابة" begins the injured, it is not the 3's noun
    toll = toll_of("أسفر القصف عن مقتل 3 من آل الحسن وإصابة 4 مدنيين.")
    assert (toll["killed"]["all"], toll["injured"]["all"]) == (3, 4)


def test_a_forces_own_fighters_are_combatants() -> None:
    toll = toll_of(
        "قالت الفرقة إن القصف أدى إلى مقتل ثلاثة من مقاتليها وجرح سبعة مدنيين في القرية."
    )
    assert toll["killed"] == {"all": 3, "combatants": 3}
    assert toll["injured"]["civilians"] == 7


def test_mourners_are_not_the_dead() -> None:
    # "hundreds of people escort the body of a young man": one body, not hundreds
    toll = toll_of("مئات المصلين يشيعون جثمان شاب قتل بقصف على بلدة الغارية.")
    assert toll["killed"]["all"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "أفاد ناشطون بوقوع ثلاث إصابات في صفوف المدنيين بعد قصف مدفعي طال قرية الرامي.",
        "أسفر القصف عن 3 جرحى بين المدنيين في قرية الرامي.",
        "تسببت الغارة بثلاث إصابات بصفوف المدنيين قرب مدرسة البلدة.",
    ],
)
def test_injuries_among_the_civilians_are_civilians(text: str) -> None:
    # "injuries in the ranks of the civilians": the noun after "among" says who was hurt
    toll = toll_of(text)
    assert toll["injured"]["civilians"] == 3


def test_among_the_people_says_no_status() -> None:
    toll = toll_of("أسفر القصف عن 3 جرحى بين الأشخاص الموجودين في السوق.")
    assert toll["injured"] == {"all": 3, "civilians": 0}


def test_others_with_no_number_are_not_a_stated_figure() -> None:
    # "a young man was killed and others injured": some were hurt, the report does not say how
    # many; the killed are a number it gives
    toll = report_toll(claims_of("أسفر القصف عن مقتل شاب وإصابة آخرين في بلدة كفرعويد."))
    assert toll["injured"]["all"].best == 1
    assert not toll["injured"]["all"].stated
    assert toll["killed"]["all"].stated


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("جرحى مدنيون بقصف مدفعي على أطراف بلدة الحمرا", "civilians"),
        ("خبر عاجل: إصابات بصفوف المدنيين بعد غارة على سوق قرية الزيتون", "civilians"),
        ("أسفرت الغارة على مزرعة قرب تل السلطان عن سقوط جرحى.", "all"),
    ],
)
def test_a_plural_of_wounded_with_no_number_is_at_least_two(text: str, group: str) -> None:
    # "civilians wounded in shelling": some were hurt, the report does not say how many
    toll = report_toll(claims_of(text))
    assert toll["injured"][group].best == 2
    assert not toll["injured"][group].stated


@pytest.mark.parametrize(
    "text",
    [
        "تعرضت أطراف قرية الزيتون لقصف مدفعي دون وقوع إصابات.",
        "نقل الجرحى إلى مشفى البلدة بعد القصف.",
    ],
)
def test_no_injuries_and_the_wounded_already_told_of_are_not_a_new_count(text: str) -> None:
    toll = toll_of(text)
    assert toll.get("injured", {}).get("all", 0) == 0


def test_civilians_of_unstated_status_keep_whether_a_number_was_given() -> None:
    # the civilians' figure is the vague "wounded civilians"; the 4 people of unstated status
    # widen its range but are not a number of civilians
    toll = report_toll(
        claims_of("جرحى مدنيون بقصف على قرية الزيتون. وأصيب 4 أشخاص في القصف على القرية.")
    )
    assert toll["injured"]["civilians"].high == 4
    assert not toll["injured"]["civilians"].stated


def test_the_other_civilians_are_one_count() -> None:
    # "the others" after a definite noun belongs to that noun, it is no count of its own
    toll = toll_of("قتل مزارع في قصف على قرية الصفصاف وجرح عدد من المدنيين الآخرين فيها.")
    assert toll["injured"] == {"all": 2, "civilians": 2}


@pytest.mark.parametrize(
    ("text", "outcome", "expected"),
    [
        ("سقطت قذيفة قرب المنزل ما أدى إلى إصابة الفتى وعمّه وعمته بجروح.", "injured", 3),
        ("استشهد المزارع وأخوه بقصف على أرضهما في قرية التلول.", "killed", 2),
        ("أصيبت الطفلة وأختها بشظايا القذيفة.", "injured", 2),
    ],
)
def test_brothers_sisters_uncles_and_aunts_by_their_possessive_are_victims(
    text: str, outcome: str, expected: int
) -> None:
    assert toll_of(text)[outcome]["all"] == expected


def test_a_joined_outcome_word_right_after_a_bare_number_starts_its_own_clause() -> None:
    # "the killing of 2 and the wounding of 5": the 2 are the dead, not two injuries
    toll = toll_of("أسفرت الغارة على بلدة المنصورة عن مقتل 2 وإصابة 5 من سكانها.")
    assert (toll["killed"]["all"], toll["injured"]["all"]) == (2, 5)


@pytest.mark.parametrize(
    ("text", "outcome", "expected"),
    [
        ("وأصيب جراء القصف ستة مدنيين في حي الزهور.", "injured", 6),
        ("وقتل في الغارة 4 رعاة قرب وادي الريحان.", "killed", 4),
        ("وجرح بالقصف مدنيان اثنان في بلدة الكرامة.", "injured", 2),
    ],
)
def test_the_attack_between_a_verb_and_its_victims(text: str, outcome: str, expected: int) -> None:
    # "and six civilians were injured by the shelling": the attack stands before the victims
    assert toll_of(text)[outcome]["civilians"] == expected


def test_each_of_before_named_victims() -> None:
    # "each of the young man X and the child Y were injured"
    toll = toll_of("وأصيب كل من الشاب نادر الصالح والطفل يزن العمر بشظايا قذيفة.")
    assert toll["injured"]["all"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "أصيب أربعة أشخاص، جميعهم مدنيون، بقذيفة سقطت على السوق.",
        "أصيب أربعة أشخاص كلهم من المدنيين بقذيفة سقطت على السوق.",
    ],
)
def test_people_all_of_whom_are_civilians_are_civilians(text: str) -> None:
    assert toll_of(text)["injured"]["civilians"] == 4
