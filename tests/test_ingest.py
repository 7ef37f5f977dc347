"""Ingest: readers, refusals, normalisation, dates and language, through tally.ingest's public API.

Fixtures under tests/fixtures/ingest/ are reports written for the project; binary, mis-encoded and
oversized inputs are made in tmp_path by the tests themselves.
"""

from __future__ import annotations

import io
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest

from tally.extract import extract_claims, report_toll
from tally.ingest import (
    Notice,
    Refused,
    count_inputs,
    detect_language,
    limits,
    normalise_text,
    read_paths,
    read_text,
)
from tally.ingest.dates import parse_date
from tally.model import Report

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
T = TypeVar("T")


def items(*paths: str | Path, **given: object) -> list[Report | Refused | Notice]:
    return list(read_paths([str(p) for p in paths], **given))  # type: ignore[arg-type]


def reports(*paths: str | Path, **given: object) -> list[Report]:
    return [i for i in items(*paths, **given) if isinstance(i, Report)]


def refused(*paths: str | Path) -> list[Refused]:
    return [i for i in items(*paths) if isinstance(i, Refused)]


def only(found: list[T]) -> T:
    assert len(found) == 1, found
    return found[0]


# --- normalise_text -------------------------------------------------------------------------


def test_whitespace_and_unicode_are_normalised() -> None:
    raw = "Cafe\u0301  in\u00a0Idlib\r\nsecond\tline\rthird\u200b line\n\n\n\n  next   paragraph  \u2029last"
    assert normalise_text(raw) == "Café in Idlib\nsecond line\nthird line\n\nnext paragraph\n\nlast"


def test_direction_marks_tatweel_and_presentation_forms_are_removed() -> None:
    assert normalise_text("\u200fقـتـل\u200e 3") == "قتل 3"
    assert normalise_text("\ufedb\ufe98\ufe92") == "كتب"


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Two civilians kil*led in Idlib", "Two civilians killed in Idlib"),
        ("gunmen assas*sinated a mukhtar", "gunmen assassinated a mukhtar"),
        ("a new mas*sacre in Hama", "a new massacre in Hama"),
        ("three men exe*cuted by the group", "three men executed by the group"),
        ("heavy bom*bing on the town", "heavy bombing on the town"),
        ("two kil**led", "two killed"),
        ("four exe.*cuted", "four executed"),
        ("مقـ.ـتل 4 أشـ.ـخاص", "مقتل 4 أشخاص"),
        ("مقـ ـتل 4 رعـ ـاة", "مقتل 4 رعاة"),
        ("فقـ ـد شاب حـ ـياته", "فقد شاب حياته"),
        ("إصـ ـ ـابة طفلين", "إصابة طفلين"),
        ("مقـ تل فلاح", "مقتل فلاح"),
        ("وم ـقـ ـتـ ـل راعٍ", "ومقتل راعٍ"),
    ],
)
def test_filter_obfuscation_is_undone(written: str, meant: str) -> None:
    assert normalise_text(written) == meant


@pytest.mark.parametrize(
    "kept",
    [
        "5 * 3 = 15",
        "a 5*3 grid",
        "rated 5*",
        "* first bullet\n* second bullet",
        "**Breaking** news",
        "a lone * here",
        "Kafr Nabl.Then",
        "وأضاف المرصد.وقال",
    ],
)
def test_asterisks_and_dots_that_are_not_obfuscation_are_kept(kept: str) -> None:
    assert normalise_text(kept) == kept


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("قال مصدر لـ وكالة محلية", "قال مصدر ل وكالة محلية"),
        ("خلال الـ 48 ساعة", "خلال ال 48 ساعة"),
        ("بالـ قذائف", "بال قذائف"),
        ("قرب منزل آلـ الحسن", "قرب منزل آل الحسن"),
    ],
)
def test_a_clitic_written_apart_with_a_tatweel_stays_apart(written: str, read: str) -> None:
    assert normalise_text(written) == read


@pytest.mark.parametrize(
    "line",
    [
        "Prev Post",
        "Next Post",
        "Share this:",
        "Copy link to Tweet",
        "Embed Tweet",
        "Back to top ↑",
        "Loading seems to be taking a while.",
        "Twitter may be over capacity or experiencing a momentary hiccup. Try again later.",
        "Related posts",
        "Read more",
        "READ MORE »",
        "We use cookies to improve your experience on our website.",
        "3 Retweets",
        "1y",
        "اقرأ أيضاً",
        "اقرأ أيضاً: مقتل 9 أشخاص في حادث سير",
        "آخر ما نشر من القسم",
        "شارك",
        "التعليقات (7)",
    ],
)
def test_furniture_lines_are_removed(line: str) -> None:
    after = "The toll may rise, local sources said, as several of the wounded are in danger."
    text = f"Five civilians were killed in Ariha.\n\n{line}\n\n{after}"
    assert normalise_text(text) == f"Five civilians were killed in Ariha.\n\n{after}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Read more about the 12 victims in our earlier report.",
        "Share this: 4 civilians killed in Douma",
        "Next post of the army near Saraqib was shelled, killing 2 soldiers",
        "Shelling on the army's post killed 2 soldiers",
        "Post-mortem reports show 3 died under torture.",
        "شارك العشرات في تشييع الضحايا الخمسة",
        "Something went wrong during the raid and 3 soldiers were killed",
    ],
)
def test_sentences_that_contain_furniture_words_are_kept(sentence: str) -> None:
    assert normalise_text(sentence) == sentence


def test_a_social_post_ends_where_its_reaction_bar_begins() -> None:
    # an archived page runs the post, its counters and the comments together on one line
    text = (
        "Idlib Today's Post\n\nA drone strike on a car near Sarmada killed one man, a baker "
        "from the town.All reactions:31204 comments2 sharesLikeCommentMost relevant"
        "Abu Omar: God have mercy on the 3 martyrs"
    )
    report = read_text(text, origin="post")
    assert report.text.endswith("a baker from the town.")
    killed = report_toll(extract_claims(report))["killed"]
    assert killed["all"].best == 1


def test_other_articles_below_the_report_are_cut() -> None:
    text = (
        "Shelling kills two in Idlib\n\n"
        "Two civilians were killed and four injured when regime artillery shelled the outskirts "
        "of Kafr Nabl on Wednesday morning, local sources said.\n\n"
        "Related posts\n\n"
        "Death count | 9 people killed across Syria\n\n"
        "Mine blast | child injured near Hama"
    )
    assert "9 people" not in normalise_text(text)
    assert normalise_text(text).endswith("local sources said.")


def test_a_related_heading_above_the_report_does_not_cut_it() -> None:
    text = (
        "Related posts\n\nShort headline about 3 killed\n\n"
        "Two civilians were killed and four injured when regime artillery shelled the outskirts "
        "of Kafr Nabl on Wednesday morning, local sources said."
    )
    # the report below is kept whole; only the other article's headline under the heading goes
    assert normalise_text(text) == (
        "Two civilians were killed and four injured when regime "
        "artillery shelled the outskirts of Kafr Nabl on Wednesday morning, local sources said."
    )


_OTHER_HEADLINES = [
    "وزير الزراعة يفتتح معرضا للمنتجات الريفية في طرطوس",
    "مقتل رجل مسن برصاص مجهولين في ريف الرقة",
    "5 قتلى و3 مصابين في حادث سير على طريق حمص",
    "ارتفاع أسعار الخبز في أسواق القامشلي للمرة الثانية",
    "منتخب الشباب يتأهل إلى نهائي البطولة العربية",
    "العثور على 12 جثة مجهولة الهوية قرب الحدود",
    "افتتاح مدرسة جديدة في بلدة عامودا بعد ترميمها",
]


def test_a_page_of_other_headlines_keeps_none_of_them() -> None:
    # A page archived without its article: a date line and a ticker of other stories.
    text = "الخميس 3 نيسان, 2025\n\n" + "\n\n".join(_OTHER_HEADLINES) + "\n\nاللغة/Language"
    assert normalise_text(text) == "الخميس 3 نيسان, 2025"
    report = read_text(text, title="استشهاد مدنيين اثنين بقصف على قرية تل جمعة")
    tolls = report_toll(extract_claims(report))
    assert tolls["killed"]["civilians"].best == 2


def test_other_headlines_after_the_article_are_dropped() -> None:
    article = (
        "استشهد مدنيان وأصيب ثلاثة آخرون، صباح اليوم، بقصف مدفعي استهدف قرية تل جمعة بريف "
        "تل تمر، بحسب مصادر محلية."
    )
    text = article + "\n\n" + "\n\n".join(_OTHER_HEADLINES)
    assert normalise_text(text) == article


# A monitor's feed of its latest documentation, printed under an article: long, dated lines on
# the same kinds of death, so the same words recur; the days differ.
_DATED_HEADLINES = [
    "Armed men kidnap a young woman on the road between Tell Hamis and Qahtaniya on March 3",
    "A boy was killed by the explosion of an old mortar round near the grain silos in Manbij"
    " city on March 4",
    "Man from Saraqib died under torture in a detention centre of the security services on March 2",
    "Man died on March 3, of wounds he suffered when a roadside bomb went off on the edge of"
    " the old market in Azaz",
    "Civilians wounded and shops damaged by a car bomb of unknown origin in the centre of"
    " al-Bab on March 2",
    "Man from Jisr al-Shughour died under torture in a military prison of the regime, Mar 1",
]


def test_headlines_under_a_related_news_box_above_the_article_are_dropped() -> None:
    text = (
        "Two farmers wounded by shelling on the fields of Kafr Nouran, April 2, 2023\n\n"
        "Related News\n\n"
        "Body of a young man found near the dam of Tabqa, May 4, 2025\n\n"
        "Nine civilians injured in a rocket attack on the market of al-Bab, May 6, 2025\n\n"
        "Regime artillery shelled farmland on the western edge of Kafr Nouran on the morning of "
        "April 2, 2023, wounding two farmers who were harvesting wheat."
    )
    kept = normalise_text(text)
    assert "Tabqa" not in kept and "Nine civilians" not in kept
    assert "wounding two farmers" in kept
    toll = report_toll(extract_claims(read_text(text)))
    assert toll["injured"]["civilians"].best == 2
    assert "killed" not in toll


def test_dated_headlines_of_other_events_after_the_article_are_dropped() -> None:
    article = (
        "A missile hit the pumping station of Tell Sabra on Saturday morning, destroying two "
        "pumps and the power line. One of the station's engineers was injured."
    )
    text = article + "\n\n" + "\n\n".join(_DATED_HEADLINES)
    assert normalise_text(text) == article
    tolls = report_toll(extract_claims(read_text(text, title="Missile hits Tell Sabra pumps")))
    assert "killed" not in tolls


@pytest.mark.parametrize(
    "lines",
    [
        # the report's own victims, one a line
        [
            f"الشهيد البطل {name} من أبناء القرية"
            for name in ("أحمد خالد", "محمود سعيد", "علي حسن", "خالد عمر", "سامر يوسف", "عمر فاروق")
        ],
        # a numbered list
        [
            f"{i} {name} عمره {age} سنة أصيب في رأسه"
            for i, (name, age) in enumerate(
                (("ياسر", 12), ("منى", 9), ("جود", 7), ("سليم", 40), ("هند", 35), ("رامي", 15)),
                start=1,
            )
        ],
        # prose ends its sentences
        [headline + "." for headline in _OTHER_HEADLINES],
    ],
)
def test_lines_of_one_story_are_not_a_headline_list(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    assert normalise_text(text) == text


def test_normalising_twice_changes_nothing() -> None:
    for path in sorted(FIXTURES.iterdir()):
        once = normalise_text(path.read_text(encoding="utf-8"))
        assert normalise_text(once) == once, path.name


def test_text_that_is_all_furniture_normalises_to_nothing() -> None:
    assert normalise_text("Copy link to Tweet\n\nEmbed Tweet\n \u200b\n") == ""


# --- detect_language ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three civilians were killed in Idlib.", "en"),
        ("قتل ثلاثة مدنيين في إدلب.", "ar"),
        ("#عاجل | مقتل 3 مدنيين بقصف على #Idlib اليوم", "ar"),
        ("SOHR: 5 killed في ريف حلب", "en"),
        ("1 2 3 — 45%", "und"),
        ("", "und"),
        ("Три человека погибли", "und"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("2020-02-22", date(2020, 2, 22)),
        ("2020-02-22T23:30:00-05:00", date(2020, 2, 22)),
        ("Sat, 22 Feb 2020 01:30:00 +0300", date(2020, 2, 22)),
        ("22 February 2020", date(2020, 2, 22)),
        ("Feb 22, 2020", date(2020, 2, 22)),
        ("22/02/2020", date(2020, 2, 22)),
        ("22 فبراير 2020", date(2020, 2, 22)),
        ("02/03/2020", None),
        ("yesterday", None),
        ("February 2020", None),
        ("2020-13-45", None),
        ("", None),
    ],
)
def test_parse_date(written: str, meant: date | None) -> None:
    assert parse_date(written) == meant


# --- plain text ---------------------------------------------------------------------------


def test_plain_text_report_with_title_and_furniture() -> None:
    report = only(reports(FIXTURES / "sohr_style.txt"))
    assert report.title == (
        "Lawlessness | Two civilians killed by unknown gunmen in Deir Ezzor countryside"
    )
    assert report.text.startswith(report.title + "\n\nSources of the Observatory said")
    assert "assassinated two civilians" in report.text
    assert "Share this" not in report.text
    assert "9 people" not in report.text and "3 soldiers" not in report.text
    assert report.language == "en"
    assert report.origin == str(FIXTURES / "sohr_style.txt")


def test_arabic_plain_text_report() -> None:
    report = only(reports(FIXTURES / "ar_report.txt"))
    assert report.language == "ar"
    assert report.title == "مقتل مدنيين اثنين بقصف مدفعي على ريف إدلب الجنوبي"
    assert "شارك" not in report.text.split("\n")
    assert "مقتل 7 عناصر" not in report.text
    assert report.text.endswith("حتى ساعات الظهر.")


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Five killed in Jisr al-Shughur.\n\nMore details follow.", None),
        ("# Weekly bulletin.\n\nFive killed in Jisr al-Shughur.", "Weekly bulletin."),
        ("Only one paragraph about 3 injured", None),
        ("First line\nsecond line\n\nbody", None),
        ("x" * 250 + "\n\nbody", None),
    ],
)
def test_plain_text_title_rules(tmp_path: Path, content: str, title: str | None) -> None:
    path = tmp_path / "report.md"
    path.write_text(content, encoding="utf-8")
    assert only(reports(path)).title == title


# --- HTML ---------------------------------------------------------------------------------


def test_html_page_text_and_metadata() -> None:
    report = only(reports(FIXTURES / "article.html"))
    assert report.title == "Air strike hits market in Ariha, five civilians killed"
    assert report.publisher == "Example Monitor"
    assert report.published == date(2020, 2, 22)
    assert report.url == "https://monitor.example.org/2020/02/ariha-market"
    assert report.language == "en"
    assert report.text == (
        "Air strike hits market in Ariha\n\n"
        "Five civilians, including two children, were killed and eleven others injured when "
        "warplanes struck the vegetable market in Ariha on Saturday morning.\n\n"
        "Rescue workers said the toll could rise,\nas several of the wounded were in critical "
        "condition.\n\nLocation: Ariha, Idlib\nTime: 09:00"
    )


def test_html_without_main_uses_body_time_and_json_ld(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_text(
        "<html><head><script type='application/ld+json'>"
        '{"@graph": [{"@type": "NewsArticle", "datePublished": "2019-07-04"}]}</script></head>'
        "<body><nav>Home | News</nav><h1>Clashes in Daraa</h1>"
        "<div><p>Two fighters were killed.</p></div><div hidden>Ten killed</div>"
        '<div style="display: none">Eleven killed</div><div role="complementary">Twelve'
        '</div><section id="comments"><p>Thirteen killed, says a reader</p></section>'
        "<footer>About us</footer></body></html>",
        encoding="utf-8",
    )
    report = only(reports(page))
    assert report.text == "Clashes in Daraa\n\nTwo fighters were killed."
    assert report.title == "Clashes in Daraa"
    assert report.published == date(2019, 7, 4)
    timed = tmp_path / "timed.html"
    timed.write_text(
        '<body><p>Three injured.</p><time datetime="2021-05-06T08:00">May 6</time></body>',
        encoding="utf-8",
    )
    assert only(reports(timed)).published == date(2021, 5, 6)


def test_html_declared_windows_1256_is_decoded(tmp_path: Path) -> None:
    body = "قتل مدنيان وأصيب ثلاثة آخرون بقصف مدفعي على بلدة في ريف حماة الشمالي صباح اليوم."
    page = tmp_path / "ar.html"
    page.write_bytes(
        f'<html lang="ar"><head><meta charset="windows-1256"></head><body><p>{body}</p></body>'
        "</html>".encode("cp1256")
    )
    report = only(reports(page))
    assert report.text == body
    assert report.language == "ar"


# --- JSON Lines ---------------------------------------------------------------------------


def test_json_lines_reports_bundles_and_refusals() -> None:
    path = FIXTURES / "reports.jsonl"
    found = items(path)
    by_origin = {i.origin: i for i in found if not isinstance(i, Notice)}
    first = by_origin[f"{path}:1"]
    assert isinstance(first, Report)
    assert first.text.startswith("On 3 March 2020, two men were killed")
    assert (first.external_id, first.title, first.publisher) == (
        "r1",
        "IED in Tal Abyad",
        "Example Monitor",
    )
    assert (first.published, first.language) == (date(2020, 3, 3), "en")
    assert first.url == "https://monitor.example.org/r1"
    third = by_origin[f"{path}:3"]
    assert isinstance(third, Report)
    assert (third.published, third.language) == (date(2020, 3, 4), "ar")
    assert by_origin[f"{path}:5"] == Refused(
        f"{path}:5", 'no "text" field (the keys are: id, title)'
    )
    assert by_origin[f"{path}:6"] == Refused(
        f"{path}:6", "not valid JSON (Expecting ',' delimiter at column 36)"
    )
    assert by_origin[f"{path}:7"] == Refused(f"{path}:7", "not a JSON object but a list")
    assert by_origin[f"{path}:9"] == Refused(f"{path}:9", "empty: no text to read")
    bundle = [r for r in reports(path) if (r.origin or "").startswith(f"{path}:8#")]
    assert [r.origin for r in bundle] == [f"{path}:8#1", f"{path}:8#2"]
    assert [d.external_id for d in bundle] == ["doc-a", "doc-b"]
    assert bundle[0].text == "قتل طفل بقصف جوي على قرية في ريف دير الزور"
    assert bundle[1].published == date(2019, 1, 12)
    assert f"{path}:2" not in by_origin  # the blank line


def test_unreadable_date_gives_a_notice_before_the_report_it_concerns() -> None:
    path = FIXTURES / "reports.jsonl"
    found = items(path)
    notice = next(i for i in found if isinstance(i, Notice))
    after = found[found.index(notice) + 1]
    assert notice.origin == after.origin == f"{path}:4"
    assert "sometime in spring" in notice.message
    assert isinstance(after, Report) and after.published is None


def test_json_lines_text_is_the_normalised_text(tmp_path: Path) -> None:
    raw = "Copy link to Tweet\r\n\r\nTwo  were kil*led\u00a0today.\n\n\n"
    path = tmp_path / "one.ndjson"
    path.write_text('{"text": ' + __import__("json").dumps(raw) + "}\n", encoding="utf-8")
    report = only(reports(path))
    assert report.text == normalise_text(raw) == "Two were killed today."


def test_a_pretty_printed_json_document_is_refused_once(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text('{\n  "text": "Two killed."\n}\n', encoding="utf-8")
    assert refused(path) == [
        Refused(
            str(path),
            "a JSON document spread over several lines; tally reads JSON Lines, one object per line",
        )
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "b1", "documents": []}', "an incident bundle with no documents"),
        ('{"id": "b1", "documents": "x"}', '"documents" is not a list but a string'),
        ('{"text": 5}', 'the "text" is not text but int'),
        ('{"text": null}', 'the "text" is null'),
    ],
)
def test_json_lines_shapes_that_are_refused(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    assert refused(path) == [Refused(f"{path}:1", reason)]


def test_an_overlong_json_line_is_refused_and_the_next_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_REPORT_BYTES", 1000)
    path = tmp_path / "big.jsonl"
    path.write_text(
        '{"text": "' + "x " * 5000 + '"}\n{"text": "Two killed in Afrin."}\n', encoding="utf-8"
    )
    found = items(path)
    assert isinstance(found[0], Refused) and found[0].origin == f"{path}:1"
    assert "over the" in found[0].reason
    assert isinstance(found[1], Report) and found[1].origin == f"{path}:2"


def test_a_text_field_over_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_REPORT_BYTES", 100)
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "killed " * 30 + '"}\n', encoding="utf-8")
    reason = only(refused(path)).reason
    assert reason.startswith("the text is ") and "over the" in reason


# --- CSV ----------------------------------------------------------------------------------


def test_csv_acled_like_columns() -> None:
    path = FIXTURES / "acled_like.csv"
    found = items(path)
    got = [i for i in found if isinstance(i, Report)]
    assert [r.external_id for r in got] == ["EX-90001", "EX-90002", "EX-90003"]
    assert [r.published for r in got] == [date(2020, 2, 22), date(2020, 2, 23), None]
    assert got[0].publisher == "Example Observatory"
    assert got[1].text.startswith("On 23 February 2020, an unidentified armed group\nattacked")
    assert [r.origin for r in got] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert (
        Notice(
            f"{path}:5", "could not read the date 'not a date'; the report is kept without a date"
        )
        in found
    )
    assert Refused(f"{path}:6", "empty: no text to read") in found
    assert (
        Refused(f"{path}:7", "8 cells but 6 columns; is a delimiter in the text unquoted?") in found
    )


def test_csv_without_a_text_column_is_refused_naming_its_columns() -> None:
    path = FIXTURES / "no_text.csv"
    assert refused(path) == [
        Refused(
            str(path),
            "no text column (looked for text, body, content, notes; "
            "the columns are: id, date, location, fatalities)",
        )
    ]


def test_tsv_and_semicolon_csv_with_other_column_names(tmp_path: Path) -> None:
    tsv = tmp_path / "a.tsv"
    tsv.write_text("ID\tBody\tSource\tLang\nx1\tTwo killed; one hurt.\tMonitor\ten\n")
    semi = tmp_path / "b.csv"
    semi.write_text("id;Content;date\ny1;Three killed, four hurt.;Feb 22, 2020\n")
    first, second = reports(tsv, semi)
    assert (first.external_id, first.text, first.publisher) == (
        "x1",
        "Two killed; one hurt.",
        "Monitor",
    )
    assert (second.text, second.published) == ("Three killed, four hurt.", date(2020, 2, 22))


def test_csv_field_over_the_limit_is_refused_and_the_next_row_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_REPORT_BYTES", 500)
    path = tmp_path / "big.csv"
    path.write_text(f"id,text\n1,{'x' * 2000}\n2,Two killed in Afrin.\n", encoding="utf-8")
    assert items(path)[0] == Refused(
        f"{path}:2", "a cell is over the 500 bytes limit for one report"
    )
    assert only(reports(path)).external_id == "2"


# --- feeds --------------------------------------------------------------------------------


def test_rss_feed_entries() -> None:
    path = FIXTURES / "feed.rss"
    found = items(path)
    got = [i for i in found if isinstance(i, Report)]
    assert [r.origin for r in got] == [f"{path}#1", f"{path}#2"]
    first, second = got
    assert first.title == "Three killed in drone strike near Raqqa"
    assert first.text == "A drone strike on a car near Raqqa killed three men."
    assert first.publisher == "Example Observatory"
    assert first.url == "https://observatory.example.org/drone-raqqa"
    assert first.external_id == "https://observatory.example.org/?p=101"
    assert first.published == date(2020, 2, 22)  # as written, not moved to UTC
    assert (second.language, second.published) == ("ar", None)
    assert (
        Notice(
            f"{path}#2",
            "could not read the date 'the day after'; the report is kept without a date",
        )
        in found
    )
    assert Refused(f"{path}#3", "empty: no text to read") in found


def test_atom_feed_entry() -> None:
    report = only(reports(FIXTURES / "feed.atom"))
    assert report.text == "Local sources said one shepherd was killed and two were wounded."
    assert report.published == date(2021, 6, 1)
    assert report.external_id == "urn:example:airstrikes:77"
    assert report.url == "https://log.example.org/77"
    assert report.publisher == "Example Airstrikes Log"


def test_xml_that_is_not_a_feed_and_broken_feeds(tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url>x</url></urlset>')
    garbled = tmp_path / "garbled.rss"
    garbled.write_text("<rss <<< >>>")
    no_entries = tmp_path / "none.rss"
    no_entries.write_text("<rss><channel><title>Example</title></channel></rss>")
    assert refused(sitemap) == [Refused(str(sitemap), "not an RSS or Atom feed")]
    assert refused(garbled) == [
        Refused(str(garbled), "not a readable feed (not well-formed (invalid token))")
    ]
    assert refused(no_entries) == [Refused(str(no_entries), "a feed with no entries")]
    unclosed = tmp_path / "unclosed.rss"
    unclosed.write_text(
        "<rss><channel><title>x</title><item><title>t</title>"
        "<description>Two killed in Azaz.</description></item><item><title>u</channel></rss>"
    )
    found = items(unclosed)
    assert isinstance(found[0], Notice) and "not well-formed (mismatched tag)" in found[0].message
    assert isinstance(found[1], Report) and found[1].text == "Two killed in Azaz."


# --- sniffing, encodings, bad files -------------------------------------------------------


def test_a_page_that_mentions_feeds_is_not_taken_for_one(tmp_path: Path) -> None:
    page = tmp_path / "page"
    page.write_text("<html><body><p>Subscribe to our <feed> and <rss> lists.</p></body></html>")
    assert only(reports(page)).text == "Subscribe to our and lists."


def test_unknown_extensions_are_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page.dat").write_text("<!doctype html><p>Four killed in Azaz.</p>")
    (tmp_path / "lines.out").write_text('{"text": "Six injured in Afrin."}\n')
    (tmp_path / "feed.out2").write_bytes((FIXTURES / "feed.atom").read_bytes())
    (tmp_path / "README").write_text("Two killed near <b>Manbij</b>.")
    texts = {
        Path(r.origin or "").name.split(":")[0].split("#")[0]: r.text for r in reports(tmp_path)
    }
    assert texts == {
        "README": "Two killed near <b>Manbij</b>.",
        "feed.out2": "Local sources said one shepherd was killed and two were wounded.",
        "lines.out": "Six injured in Afrin.",
        "page.dat": "Four killed in Azaz.",
    }


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "binary file (a PDF document), not a report"),
        ("report.txt", b"%PDF-1.7\n1 0 obj", "binary file (a PDF document), not a report"),
        ("photo.bin", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file (a PNG image), not a report"),
        ("blob", bytes(range(256)) * 4, "binary file, not a report"),
        ("empty.txt", b"", "empty: no text to read"),
        ("blank.txt", b"  \n\n \t\n", "empty: no text to read"),
        ("chrome.txt", b"Copy link to Tweet\n\nEmbed Tweet\n", "empty: no text to read"),
    ],
)
def test_files_that_are_not_reports_are_refused(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert items(path) == [Refused(str(path), reason)]


def test_other_encodings_are_recognised(tmp_path: Path) -> None:
    arabic = (
        "قتل خمسة مدنيين بينهم طفلان في قصف جوي على بلدة في ريف إدلب الجنوبي صباح اليوم، "
        "وفق ما أفاد المرصد في بيان له."
    )
    english = "Five civilians, including two children, were killed near the café in Saraqib."
    cases = {
        "cp1256.txt": arabic.encode("cp1256"),
        "latin1.txt": english.encode("latin-1"),
        "utf16.txt": arabic.encode("utf-16"),
        "utf8bom.txt": english.encode("utf-8-sig"),
        "utf16le.txt": english.encode("utf-16-le"),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    texts = {Path(r.origin or "").name: r.text for r in reports(tmp_path)}
    assert texts == {
        "cp1256.txt": arabic,
        "latin1.txt": english,
        "utf16.txt": arabic,
        "utf16le.txt": english,
        "utf8bom.txt": english,
    }


def test_undecidable_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mystery.txt"
    path.write_bytes(bytes((i * 7919) % 128 + 128 for i in range(3000)))
    assert items(path) == [
        Refused(str(path), "not UTF-8 text and its encoding could not be recognised")
    ]


def test_a_huge_page_is_refused_quickly_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as f:
        f.write(b"<html><body><p>")
        f.truncate(50 * 1024 * 1024)
    start = time.perf_counter()
    reason = only(refused(path)).reason
    assert time.perf_counter() - start < 1
    assert reason == "the page is 52.4 MB, over the 21 MB limit"


def test_a_text_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"killed " * (limits.MAX_REPORT_BYTES // 7 + 1))
    assert "over the 5.24 MB limit" in only(refused(path)).reason


def test_missing_paths_are_refused_and_the_batch_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    found = items(missing, FIXTURES / "feed.atom")
    assert found[0] == Refused(str(missing), "no such file or folder")
    assert isinstance(found[1], Report)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Two killed.")
    path.chmod(0)
    assert items(path) == [Refused(str(path), "cannot be read (permission denied)")]


def test_a_file_that_cannot_be_opened_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Two killed.")
    opened = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return opened(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", deny)
    found = items(locked, FIXTURES / "feed.atom")
    assert found[0] == Refused(str(locked), "cannot be read (permission denied)")
    assert isinstance(found[1], Report)


def test_pipes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    assert items(path) == [Refused(str(path), "not a regular file (a device, pipe or socket)")]


# --- folders, batch values, stdin, read_text, count_inputs ---------------------------------


def test_inputs_with_nothing_in_them_are_refused(tmp_path: Path) -> None:
    lines = tmp_path / "blank.jsonl"
    lines.write_text("\n  \n\n")
    table = tmp_path / "header.csv"
    table.write_text("id,text,date\n")
    assert items(lines, table) == [
        Refused(str(lines), "empty: no text to read"),
        Refused(str(table), "empty: no rows under the header"),
    ]


def test_a_windows_1256_table_is_read(tmp_path: Path) -> None:
    text = "قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف صاروخي على مدينة أريحا جنوب إدلب مساء الأحد"
    path = tmp_path / "ar.csv"
    path.write_bytes(f'id,text\n7,"{text}"\n'.encode("cp1256"))
    assert [(r.external_id, r.text, r.language) for r in reports(path)] == [("7", text, "ar")]


def test_links_to_folders_inside_a_folder_are_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Two were killed.")
    (tmp_path / "loop").symlink_to(tmp_path)
    found = items(tmp_path)
    assert [type(i).__name__ for i in found] == ["Report", "Refused"]
    assert found[1] == Refused(
        str(tmp_path / "loop"),
        "a link to a folder, not followed inside a folder (name it to read it)",
    )


def test_a_given_language_must_be_a_language_code() -> None:
    with pytest.raises(ValueError, match="'Arabic' is not a language code"):
        items(FIXTURES / "ar_report.txt", language="Arabic")


def test_folders_are_walked_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    for name in ["b/z.txt", "b/a.txt", "a.txt", "c.txt", ".hidden.txt", ".git/x.txt", "B.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Report {name} says two were killed.")
    origins = [Path(r.origin or "").relative_to(tmp_path).as_posix() for r in reports(tmp_path)]
    assert origins == ["B.txt", "a.txt", "b/a.txt", "b/z.txt", "c.txt"]
    assert [r.origin for r in reports(tmp_path)] == [r.origin for r in reports(tmp_path)]


def test_given_values_fill_what_the_input_does_not_state() -> None:
    path = FIXTURES / "reports.jsonl"
    given = {"publisher": "Desk", "published": date(2020, 1, 1), "language": "en-GB"}
    found = {r.origin: r for r in reports(path, **given)}
    stated = found[f"{path}:1"]
    assert (stated.publisher, stated.published, stated.language) == (
        "Example Monitor",
        date(2020, 3, 3),
        "en",
    )
    bare = found[f"{path}:3"]
    assert (bare.publisher, bare.published, bare.language) == ("Desk", date(2020, 3, 4), "en")
    undated = found[f"{path}:4"]
    assert undated.published == date(2020, 1, 1)
    plain = only(reports(FIXTURES / "ar_report.txt", publisher="SOHR", language="ar"))
    assert (plain.publisher, plain.language) == ("SOHR", "ar")


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Three were kil*led in Tafas.\n\nShare this:\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    report = only(reports("-"))
    assert (report.text, report.origin) == ("Three were killed in Tafas.", "-")


def test_read_text() -> None:
    report = read_text(
        "Prev Post\n\nقُتل  مدنيان.", title="x", published="2020-02-22", publisher=" SOHR "
    )
    assert (report.text, report.language, report.origin) == ("قُتل مدنيان.", "ar", "-")
    assert (report.published, report.publisher) == (date(2020, 2, 22), "SOHR")
    with pytest.raises(ValueError, match="empty: no text to read"):
        read_text("Embed Tweet")
    with pytest.raises(ValueError, match="could not read the date"):
        read_text("Two killed.", published="soon")


def test_count_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One killed.")
    (tmp_path / "b.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}')
    (tmp_path / "c.csv").write_text("id,text\n1,a\n2,b\n")
    (tmp_path / "d.atom").write_bytes((FIXTURES / "feed.rss").read_bytes())
    assert count_inputs([tmp_path, tmp_path / "missing.txt", "-"]) == 1 + 3 + 2 + 3 + 1 + 1
