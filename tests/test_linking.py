"""Does a report describe an event already reported? Features and pair scores on invented reports.

The reports run through the real extractor and gazetteer, as `tally ingest` runs them.
"""

from __future__ import annotations

from datetime import date

from incident_reports import (
    KANSAFRA_SAME_DAY,
    KANSAFRA_WEEKS_LATER,
    SARMADA_FIRST,
    SARMADA_OTHER_SOURCE,
    SARMADA_TOLL_RISES,
)

from tally.extract import extract_claims, report_toll
from tally.link.dates import header_month_days, url_day, written_days
from tally.link.features import LinkFeatures, link_features
from tally.link.matching import match
from tally.model import Report


def features(report: Report) -> LinkFeatures:
    claims = extract_claims(report)
    return link_features(report, claims, report_toll(claims))


def test_features_read_when_where_what_and_the_figures() -> None:
    f = features(SARMADA_FIRST)
    assert "2024-03-05" in f.days
    assert f.governorates == ("Idleb",)
    assert f.places, "Sarmada is a village of the gazetteer"
    assert "drone" in f.kinds
    assert "killed:civilians:3" in f.figures
    assert not f.follow_up
    assert LinkFeatures.from_dict(f.to_dict()) == f


def test_follow_up_wording_and_running_totals_are_noticed() -> None:
    f = features(SARMADA_TOLL_RISES)
    assert f.follow_up
    assert "2024-03-05" in f.start_days


def test_reports_of_one_event_are_linked_with_their_reasons() -> None:
    first, other, update = map(features, (SARMADA_FIRST, SARMADA_OTHER_SOURCE, SARMADA_TOLL_RISES))
    found = match(first, other)
    assert found.linked
    assert "same day" in found.reasons and "same place" in found.reasons
    follow = match(first, update)
    assert follow.linked
    assert "a running total counts from the other's event day" in follow.reasons
    assert match(other, update).linked


def test_the_score_of_a_pair_does_not_depend_on_its_order() -> None:
    first, other = features(SARMADA_FIRST), features(KANSAFRA_SAME_DAY)
    assert match(first, other) == match(other, first)


def test_another_place_the_same_day_is_another_event() -> None:
    found = match(features(SARMADA_FIRST), features(KANSAFRA_SAME_DAY))
    assert not found.linked
    assert "other places in the same governorate" in found.reasons


def test_the_same_place_weeks_apart_is_another_event() -> None:
    found = match(features(KANSAFRA_SAME_DAY), features(KANSAFRA_WEEKS_LATER))
    assert not found.linked
    assert found.reasons == ("46 days apart",)


def test_reports_with_nothing_in_common_are_never_linked() -> None:
    wall = Report(text="Log in or sign up to see this page. Create new account.", publisher="X")
    other = Report(text="Log in or sign up to see this page. Create new account.", publisher="Y")
    found = match(features(wall), features(other))
    assert not found.linked
    assert "nothing ties them to one event" in found.reasons


def test_addresses_and_page_headers_tell_when_a_post_was_published() -> None:
    # X status numbers count milliseconds since X's epoch in their upper bits.
    status = ((1_706_745_600_000 - 1_288_834_974_657) << 22) + 12345
    assert url_day(f"https://x.com/someone/status/{status}") == date(2024, 2, 1)
    assert url_day("https://news.example.org/2023/10/07/shelling-on-town/") == date(2023, 10, 7)
    assert url_day("https://news.example.org/article/12345") is None
    assert url_day(None) is None
    header = "Local Council PageSeptember 30, 2025 · Shared with Public قصف على البلدة"
    assert written_days(header) == {date(2025, 9, 30)}
    assert written_days("on 3 February 2022 and on 31 February 2022") == {date(2022, 2, 3)}


def test_an_undated_post_takes_its_date_from_its_address() -> None:
    status = ((1_706_745_600_000 - 1_288_834_974_657) << 22) + 1
    post = Report(
        text="Shelling hit the market of Sarmada this morning, killing two civilians.",
        publisher="@local_reporter",
        url=f"https://twitter.com/local_reporter/status/{status}",
    )
    f = features(post)
    assert f.published == "2024-02-01"
    assert f.days == ("2024-02-01",)  # "this morning", read against the posting day


def test_dates_in_figures_and_short_month_names_are_read() -> None:
    assert written_days("Ar-Raqqa, 20/01/2022: shelling hit the village") == {date(2022, 1, 20)}
    assert written_days("الرقة ٢٠-١-٢٠٢٢") == {date(2022, 1, 20)}
    assert written_days("posted 1/6/2023") == {date(2023, 6, 1)}  # the day first...
    assert written_days("posted 6/20/2023") == {date(2023, 6, 20)}  # ...unless it cannot be
    assert written_days("7:39 AM · Jun 16, 20251.2K Views") == {date(2025, 6, 16)}
    assert written_days("May 2, 2025 · Shared with Public") == {date(2025, 5, 2)}
    assert written_days("version 1.2.2023.4 of the page") == set()


def test_a_dateline_without_victims_dates_the_report() -> None:
    report = Report(
        text="Kafr Nabl, 14/03/2023\n\nA drone strike hit a car near Kafr Nabl, killing two men.",
        publisher="Local page",
    )
    assert features(report).days == ("2023-03-14",)


def _undated(text: str) -> LinkFeatures:
    return features(Report(text=text, publisher="Local page"))


def test_weekdays_and_days_without_a_year_compare_undated_reports() -> None:
    friday = _undated("On Friday a drone strike hit a car in Sarmada, killing two civilians.")
    assert friday.weekdays == (4,)
    tuesday = _undated("On Tuesday a drone strike hit a car in Sarmada, killing two civilians.")
    same_weekday = match(friday, _undated("A drone struck Sarmada on Friday, killing 2 civilians."))
    assert "same weekday" in same_weekday.reasons
    other = match(friday, tuesday)
    assert "other weekdays" in other.reasons
    assert other.score < same_weekday.score
    # Worded alike but for the weekday: the other weekday costs twice what the same one earns.
    friday_again = _undated("On Friday a drone strike hit a car in Sarmada, killing two civilians.")
    assert round(match(friday, friday_again).score - other.score, 4) == 3.0
    march = _undated("A drone strike on March 5 hit a car in Sarmada, killing two civilians.")
    assert march.month_days == ("03-05",)
    dated = features(SARMADA_FIRST)  # 5 March 2024
    found = match(march, dated)
    assert "same day of the year" in found.reasons
    assert found.linked
    later = _undated("A drone strike on March 9 hit a car in Sarmada, killing two civilians.")
    assert "other days of the year" in match(later, dated).reasons
    assert not match(later, dated).linked


def test_a_post_header_day_without_a_year_is_a_day_of_the_year() -> None:
    # Pages print a post of the current year as "March 3 · Shared with Public", glued to the
    # page's name and to an Arabic post: no year, but the day of the year still compares.
    header = "Kafr Hamra NewsMarch 3 · Shared with Publicقصف مدفعي على بلدة كفر حمرة وإصابة طفلين"
    assert header_month_days(header) == {"03-03"}
    assert header_month_days("Kafr Hamra NewsMarch 3 at 9:40 PM · Shared with Public") == {"03-03"}
    assert header_month_days("talks may resume on March 3 in the capital") == set()
    assert header_month_days("Kafr Hamra NewsFebruary 31 · Shared with Public") == set()
    post = _undated(header)
    assert post.month_days == ("03-03",)
    other = _undated(header.replace("March 3", "March 20"))
    assert match(post, other).reasons == ("17 days apart in the year",)
    assert "same day of the year" in match(post, _undated(header)).reasons


def test_features_stored_before_weekdays_were_kept_still_load() -> None:
    stored = features(SARMADA_FIRST).to_dict()
    del stored["weekdays"], stored["month_days"]
    loaded = LinkFeatures.from_dict(stored)
    assert loaded.weekdays == () and loaded.month_days == ()


def test_a_vague_post_of_the_same_day_and_governorate_is_linked() -> None:
    # A short post names only the governorate and shares few words with the village's report:
    # the same day in the same governorate is enough, two villages of it are not.
    post = Report(
        text="Urgent: casualties after an aerial attack in the Idlib countryside this afternoon.",
        publisher="@northern_updates",
        published=date(2024, 3, 5),
    )
    found = match(features(SARMADA_FIRST), features(post))
    assert "same day" in found.reasons and "same governorate" in found.reasons
    assert found.linked
    assert not match(features(SARMADA_FIRST), features(KANSAFRA_SAME_DAY)).linked


def test_a_post_dated_by_its_publication_tells_of_that_day_or_the_day_before() -> None:
    # Posted the morning after, with no day of its own: the day before is its event's day too.
    post = Report(
        text="Urgent: casualties after an aerial attack in the Idlib countryside.",
        publisher="@northern_updates",
        published=date(2024, 3, 6),
    )
    found = match(features(SARMADA_FIRST), features(post))
    assert "same day" in found.reasons and found.linked
    # Two publication dates a day apart are still a day apart.
    other = Report(
        text="Casualties reported after an aerial attack in the Idlib countryside.",
        publisher="@idlib_watch",
        published=date(2024, 3, 5),
    )
    assert "a day apart" in match(features(post), features(other)).reasons


def test_the_same_day_of_the_year_weighs_as_the_same_day() -> None:
    # A post of unknown year gives nothing but the day of the year: as good as the same day.
    post = _undated("Casualties were reported in the countryside on March 5.")
    found = match(features(SARMADA_FIRST), post)
    assert found.reasons == ("no day to compare", "same day of the year", "few words in common")
    assert found.linked


def test_days_of_the_year_far_apart_keep_alike_reports_apart() -> None:
    # Undated reports of one village worded alike, but on days five weeks apart.
    june = _undated(
        "Shelling hit the bakery of Maarzaf on June 3, killing four people queuing there."
    )
    july = _undated(
        "Shelling hit the bakery of Maarzaf on July 8, killing four people queuing there."
    )
    found = match(june, july)
    assert found.reasons == ("35 days apart in the year",)
    assert not found.linked
    # The year wraps round: December 30 and January 2 are three days apart.
    new_year = _undated("Shelling hit the bakery of Maarzaf on January 2, killing four people.")
    old_year = _undated("Shelling hit the bakery of Maarzaf on December 30, killing four people.")
    assert "other days of the year" in match(new_year, old_year).reasons


def test_web_addresses_are_not_words_of_a_report() -> None:
    post = Report(
        text="Shelling hit the school of Maarzaf this morning https://t.co/QwErTyUiOp #Hama",
        publisher="@hama_now",
    )
    words = features(post).words
    assert len(words) == 4  # shelling, school, Maarzaf, Hama
    assert not any("http" in w or "qw" in w for w in words)


def test_common_words_of_any_language_are_left_out() -> None:
    # An Arabic post under an English page header: "with", "the" and "about" say nothing of it.
    post = Report(
        text=(
            "Kafr Owaid news · shared with the public · about this page\n"
            "سقطت قذائف على بيوت الأهالي في قرية كفر عويد عند الفجر فجرحت طفلين وامرأة"
        ),
        publisher="Kafr Owaid news",
    )
    f = features(post)
    assert f.language == "ar"
    assert not {"with", "the", "about", "this"} & set(f.words)
