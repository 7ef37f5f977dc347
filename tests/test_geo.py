"""The gazetteer through its public interface: lookup, find, by_pcode and the places file.

The sentences are written for these tests; the places and P-codes are OCHA's.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tally.geo import PLACES_ENV, Gazetteer, GazetteerError
from tally.model import Place

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tally" / "geo" / "data"
SOURCES = REPO.parent / "shared" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(autouse=True)
def no_user_places(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PLACES_ENV, raising=False)


def places(gaz: Gazetteer, text: str, language: str = "en") -> list[tuple[str, str, str | None]]:
    """(mention, precision, pcode) of each place found, checking the offsets on the way."""
    found = gaz.find(text, language)
    for start, end, place in found:
        assert text[start:end] == place.mention
    starts = [s for s, _, _ in found]
    assert starts == sorted(starts)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(found))
    return [(p.mention, p.precision, p.pcode) for _, _, p in found]


# -- the data ----------------------------------------------------------------------------


def test_packaged_data_loads_with_every_level(gaz: Gazetteer) -> None:
    assert gaz.by_pcode("SY07") == Place(
        name="Idleb",
        precision="governorate",
        pcode="SY07",
        name_ar="إدلب",
        governorate="Idleb",
        lat=pytest.approx(35.857, abs=0.01),
        lon=pytest.approx(36.571, abs=0.01),
    )
    assert gaz.by_pcode("SY0704").precision == "district"
    assert gaz.by_pcode("SY070402").precision == "subdistrict"
    assert gaz.by_pcode("N0123").precision == "neighbourhood"
    kansafra = gaz.by_pcode("C4309")
    assert (kansafra.name, kansafra.name_ar, kansafra.governorate) == (
        "Kansafra",
        "كنصفرة",
        "Idleb",
    )
    assert 35.0 < kansafra.lat < 36.5 and 36.0 < kansafra.lon < 37.0
    assert gaz.by_pcode("C9999999") is None


def test_attribution_credits_the_sources() -> None:
    text = (DATA / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "OCHA" in text and "HDX" in text
    assert "OpenSyria" in text and "CC BY 4.0" in text
    assert (DATA / "gazetteer.json.gz").stat().st_size < 1_500_000


@pytest.mark.skipif(not SOURCES.is_dir(), reason="source files (../shared/gazetteer) not here")
def test_build_script_reproduces_the_packaged_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    built = (tmp_path / "gazetteer.json.gz").read_bytes()
    assert built == (DATA / "gazetteer.json.gz").read_bytes(), "rebuild and commit the gazetteer"
    assert (tmp_path / "ATTRIBUTION.md").read_text() == (DATA / "ATTRIBUTION.md").read_text()


def test_build_script_names_a_missing_source_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), "--source", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert str(tmp_path) in result.stderr and "syr_admin4_communities" in result.stderr


# -- lookup ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spellings", "pcode"),
    [
        (["Idleb", "Idlib", "IDLIB", "إدلب", "ادلب", "إِدْلِب"], "SY07"),
        (["Deir-ez-Zor", "Deir ez-Zor", "Deir Ezzor", "Dayr al-Zawr", "دير الزور"], "SY09"),
        (["Al-Hasakeh", "Al-Hasakah", "Hasakah", "Hassakeh", "al-Hasaka", "الحسكة"], "SY08"),
        (["Ar-Raqqa", "Raqqa", "Al-Raqqah", "الرقة", "الرقه"], "SY11"),
        (["Aleppo", "Halab", "حلب", "حـــلب"], "SY02"),
        (["Hama", "Hamah", "حماة", "حماه"], "SY05"),
        (["Daraa", "Dar'a", "Dar’a", "درعا"], "SY12"),
        (["As-Sweida", "Suwayda", "Sweida", "السويداء", "السويدا"], "SY13"),
        (["Lattakia", "Latakia", "اللاذقية"], "SY06"),
        (["Tartous", "Tartus", "طرطوس"], "SY10"),
        (["Rural Damascus", "Damascus countryside", "Rif Dimashq", "ريف دمشق"], "SY03"),
        (["Quneitra", "القنيطرة"], "SY14"),
        (["Homs", "حمص"], "SY04"),
    ],
)
def test_lookup_finds_a_governorate_under_its_spellings(
    gaz: Gazetteer, spellings: list[str], pcode: str
) -> None:
    for spelling in spellings:
        found = gaz.lookup(spelling)
        assert found, spelling
        assert (found[0].pcode, found[0].precision) == (pcode, "governorate"), spelling


def test_lookup_puts_the_governorate_first_then_the_city(gaz: Gazetteer) -> None:
    found = gaz.lookup("Idlib")
    assert [p.precision for p in found[:2]] == ["governorate", "community"]
    assert found[1].pcode == "C3871"
    assert {p.pcode for p in found} >= {"SY07", "SY0700", "SY070000", "C3871"}
    assert all(p.mention == "Idlib" for p in found)


def test_a_town_that_names_its_district_comes_before_the_district(gaz: Gazetteer) -> None:
    found = gaz.lookup("Manbij")
    assert [(p.pcode, p.precision) for p in found] == [
        ("C1767", "community"),
        ("SY0205", "district"),
        ("SY020500", "subdistrict"),
    ]


def test_lookup_knows_report_spellings_of_towns(gaz: Gazetteer) -> None:
    assert gaz.lookup("Saraqeb")[0].pcode == "C3916"
    assert gaz.lookup("Khan Sheikhoun")[0].pcode == "C3987"
    assert gaz.lookup("Maarat al-Numan")[0].pcode == "C3985"
    assert gaz.lookup("Al-Shaddadi")[0].pcode == "C4446"
    assert gaz.lookup("Tabqa")[0].pcode == "C5929"
    assert gaz.lookup("Kobani")[0].pcode == "C1946"
    assert gaz.lookup("Palmyra")[0].pcode == "C2889"


def test_a_language_without_rules_reads_the_script(gaz: Gazetteer) -> None:
    assert [p.name for _, _, p in gaz.find("قصف على كنصفرة في ريف إدلب", "xx")][:1] == ["Kansafra"]


def test_lookup_of_an_unknown_or_empty_name_is_empty(gaz: Gazetteer) -> None:
    assert gaz.lookup("Atlantis") == []
    assert gaz.lookup("") == []
    assert gaz.lookup("   ", "ar") == []


def test_lookup_lists_every_village_of_a_shared_name(gaz: Gazetteer) -> None:
    found = gaz.lookup("Jdideh")
    assert len(found) >= 5
    assert len({p.governorate for p in found}) >= 3
    assert all(p.precision == "community" for p in found)


# -- find: English -----------------------------------------------------------------------


def test_find_a_village_and_its_countryside(gaz: Gazetteer) -> None:
    text = "Regime forces shelled Kansafra in Idleb countryside on Monday, killing a child."
    assert places(gaz, text) == [
        ("Kansafra", "community", "C4309"),
        ("Idleb countryside", "governorate", "SY07"),
    ]


def test_find_returns_places_with_names_and_coordinates(gaz: Gazetteer) -> None:
    (_, _, place), *_ = gaz.find("Shelling hit Kansafra yesterday.")
    assert place.name == "Kansafra"
    assert place.name_ar == "كنصفرة"
    assert place.governorate == "Idleb"
    assert place.lat is not None and place.lon is not None


def test_find_the_ghuwayran_neighbourhood_and_the_city(gaz: Gazetteer) -> None:
    text = "Fighters stormed the prison in Ghuwayran neighbourhood of Al-Hasakah city at night."
    found = gaz.find(text)
    assert [(p.mention, p.precision, p.pcode) for _, _, p in found] == [
        ("Ghuwayran neighbourhood", "neighbourhood", "TALLY-N0001"),
        ("Al-Hasakah city", "community", "C4360"),
    ]
    assert found[0][2].governorate == "Al-Hasakeh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes in eastern Deir ez-Zor left two dead.", ("eastern Deir ez-Zor", "SY09")),
        ("A car bomb went off in Aleppo city.", ("Aleppo city", "C1007")),
        ("Raids continued in Al-Hasakah province.", ("Al-Hasakah province", "SY08")),
        ("He was born in the city of Homs.", ("city of Homs", "C2528")),
        ("Drones struck Idlib's southern countryside.", ("Idlib's southern countryside", "SY07")),
        ("Arrests in rural Damascus.", ("rural Damascus", "SY01")),
        ("Raids in Damascus countryside.", ("Damascus countryside", "SY03")),
        ("Shelling on Jisr al-Shughur district.", ("Jisr al-Shughur district", "SY0704")),
        ("Clashes in the Manbij countryside.", ("Manbij countryside", "SY0205")),
        ("Clashes in Manbij.", ("Manbij", "C1767")),
        ("Protests in Tal Tamr.", ("Tal Tamr", "C4409")),
    ],
)
def test_cue_words_set_the_precision(gaz: Gazetteer, text: str, expected: tuple[str, str]) -> None:
    found = places(gaz, text)
    assert [(m, pcode) for m, _, pcode in found] == [expected]


def test_precision_follows_the_level(gaz: Gazetteer) -> None:
    text = "Jobar neighbourhood in Damascus, Manbij countryside and Kansafra village."
    assert [precision for _, precision, _ in places(gaz, text)] == [
        "neighbourhood",
        "governorate",
        "district",
        "community",
    ]


def test_a_short_name_needs_its_case_and_a_place_word(gaz: Gazetteer) -> None:
    assert places(gaz, "Has the council met? It has not.") == []
    assert places(gaz, "Mortar shells fell on HAS and nearby farms.") == []
    found = places(gaz, "Mortar shells fell in Has and Kafr Nabl in Idleb countryside.")
    assert [pcode for _, _, pcode in found] == ["C4058", "C4068", "SY07"]


@pytest.mark.parametrize(
    "text",
    [
        "Some residents fled before dawn.",
        "The Free Syrian Army and the Sultan Murad Division issued a joint statement.",
        "Mohammed Ali Karim, 34, died of his wounds.",
        "Delegates met in Doha and Qatar promised aid.",
        "Central Command said the Army had withdrawn.",
        "A wadi near the road flooded; Wadi crossings were closed.",
        "Shelling hit the Bab crossing, and Tal residents fled.",
        "the village was shelled again by regime forces in the evening",
    ],
)
def test_ordinary_words_and_names_of_people_are_not_places(gaz: Gazetteer, text: str) -> None:
    assert places(gaz, text) == []


def test_a_name_abroad_needs_a_cue(gaz: Gazetteer) -> None:
    assert places(gaz, "Airstrikes were reported in Najaf.") == []
    assert places(gaz, "Airstrikes hit the village of Najaf.")[0][1] == "community"


def test_longest_name_wins(gaz: Gazetteer) -> None:
    assert places(gaz, "Raids in Rural Damascus.") == [("Rural Damascus", "governorate", "SY03")]
    assert places(gaz, "Shells fell on Khan Shaykhun.") == [("Khan Shaykhun", "community", "C3987")]


def test_shared_village_name_is_placed_by_the_governorate_named_nearby(gaz: Gazetteer) -> None:
    in_idleb = places(gaz, "Airstrikes hit Jdideh in Idleb countryside.")
    in_hasakah = places(gaz, "Airstrikes hit Jdideh near Tal Tamer.")
    assert in_idleb[0][2] == "C6626" and gaz.by_pcode("C6626").governorate == "Idleb"
    assert gaz.by_pcode(in_hasakah[0][2]).governorate == "Al-Hasakeh"


def test_a_shared_village_name_with_nothing_to_tell_keeps_no_pcode(gaz: Gazetteer) -> None:
    ((_, _, place),) = gaz.find("Airstrikes hit Jdideh at dawn.")
    assert (place.name, place.precision, place.pcode) == ("Jdideh", "community", None)
    assert place.governorate is None and place.lat is None


def test_a_neighbourhood_needs_its_city_or_a_cue(gaz: Gazetteer) -> None:
    assert places(gaz, "Shelling on Jobar killed two.") == []
    assert places(gaz, "Shelling on Jobar in Damascus killed two.") == [
        ("Jobar", "neighbourhood", "A008"),
        ("Damascus", "governorate", "SY01"),
    ]


def test_find_is_fast_on_a_long_report(gaz: Gazetteer) -> None:
    text = (
        "On Monday regime forces shelled Kansafra, Has and Kafr Nabl in Idleb's southern "
        "countryside, while warplanes struck near Saraqeb and Maarat al-Numan. In Aleppo city a "
        "car bomb exploded, and factions clashed near Tal Rifaat and Manbij. The monitor said the "
        "death toll since the start of the year had risen, including children and women. "
    ) * 5
    assert len(text) > 1500
    gaz.find(text)
    runs = 50
    started = time.perf_counter()
    for _ in range(runs):
        gaz.find(text)
    per_call = (time.perf_counter() - started) / runs
    assert per_call < 0.02, f"find took {per_call * 1000:.1f} ms on {len(text)} characters"


# -- find: Arabic ------------------------------------------------------------------------


def test_find_arabic_village_and_countryside(gaz: Gazetteer) -> None:
    text = "قصفت قوات النظام بلدة كنصفرة في ريف إدلب الجنوبي"
    assert places(gaz, text, "ar") == [
        ("بلدة كنصفرة", "community", "C4309"),
        ("ريف إدلب الجنوبي", "governorate", "SY07"),
    ]


def test_arabic_spelling_variants_and_hashtags(gaz: Gazetteer) -> None:
    text = "استهداف #ادلب و#ريف_حلب ومدينة حماه"
    assert places(gaz, text, "ar") == [
        ("ادلب", "governorate", "SY07"),
        ("ريف_حلب", "governorate", "SY02"),
        ("مدينة حماه", "community", "C2987"),
    ]


def test_arabic_proclitics_are_not_part_of_the_name(gaz: Gazetteer) -> None:
    assert places(gaz, "قتل شاب بالحسكة", "ar") == [("الحسكة", "governorate", "SY08")]
    assert places(gaz, "وصلت تعزيزات للرقة", "ar") == [("للرقة", "governorate", "SY11")]
    assert places(gaz, "غارات وقصف بريف حلب", "ar")[0][1:] == ("governorate", "SY02")


def test_arabic_diacritics_and_tatweel(gaz: Gazetteer) -> None:
    assert places(gaz, "قصف على مدينة إِدْلِب", "ar")[0][1:] == ("community", "C3871")
    assert places(gaz, "قصف على حـلـب", "ar")[0][2] == "SY02"


@pytest.mark.parametrize(
    "text",
    [
        "أصيب ثلاثة مدنيين بجروح خطيرة",
        "قتل معلم في المدرسة مع اثنين من أبنائه",
        "عاد إلى منزله بعد الظهر",
        "وصلت الوفود من سوريا ولبنان",
        "شاركوا في الثورة منذ بدايتها",
        "قتل محمد علي في قصف",
    ],
)
def test_arabic_everyday_words_are_not_places(gaz: Gazetteer, text: str) -> None:
    assert places(gaz, text, "ar") == []


def test_arabic_village_with_a_common_word_name_needs_a_cue(gaz: Gazetteer) -> None:
    assert places(gaz, "شاركوا في الثورة", "ar") == []
    found = places(gaz, "قصف على مدينة الثورة", "ar")
    assert found[0][0] == "مدينة الثورة" and found[0][1] == "community"


# -- the places file ---------------------------------------------------------------------


def write_places(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "places.csv"
    path.write_text("name,name_ar,pcode,level,governorate,lat,lon,aliases,parent\n" + rows)
    return path


def test_places_file_adds_names_and_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_places(
        tmp_path,
        "Kansafrah Town,,C4309,,,,,Kunsafra,\n"
        "Old Olive Press,معصرة الزيتون القديمة,LOCAL-1,community,Idlib,35.61,36.55,,\n"
        "Al-Mutanabbi Quarter,,,neighbourhood,,,,,C3871\n",
    )
    monkeypatch.setenv(PLACES_ENV, str(path))
    gaz = Gazetteer.load()
    assert gaz.lookup("Kunsafra")[0].pcode == "C4309"
    assert gaz.by_pcode("C4309").name == "Kansafra"
    press = gaz.by_pcode("LOCAL-1")
    assert (press.precision, press.governorate, press.lat) == ("community", "Idleb", 35.61)
    found = gaz.find("Shelling near Old Olive Press and in Kunsafra.")
    assert [p.pcode for _, _, p in found] == ["LOCAL-1", "C4309"]
    assert places(gaz, "قصف على معصرة الزيتون القديمة", "ar")[0][2] == "LOCAL-1"
    quarter = gaz.lookup("Al-Mutanabbi Quarter")[0]
    assert (quarter.precision, quarter.governorate, quarter.pcode) == (
        "neighbourhood",
        "Idleb",
        None,
    )


def test_without_the_places_file_the_user_names_are_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PLACES_ENV, str(write_places(tmp_path, "Kunsafra,,C4309,,,,,,\n")))
    assert Gazetteer.load().lookup("Kunsafra")
    monkeypatch.delenv(PLACES_ENV)
    assert Gazetteer.load().lookup("Kunsafra") == []


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ("New Camp,,X1,camp,Idleb,,,,\n", "level 'camp'"),
        ("New Camp,,X1,community,Idleb,north,,,\n", "lat 'north' is not a number"),
        ("New Camp,,X1,community,Idleb,35.1,,,\n", "both lat and lon"),
        ("New Camp,,X1,community,Atlantis,,,,\n", "governorate 'Atlantis'"),
        ("New Camp,,X1,community,,,,,\n", "needs a governorate"),
        ("New Camp,,X1,,Idleb,,,,\n", "needs a level"),
        (",,X1,community,Idleb,,,,\n", "neither a name nor a name_ar"),
        ("New Camp,,X1,community,,,,,C0000\n", "parent 'C0000'"),
    ],
)
def test_places_file_errors_name_the_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: str, problem: str
) -> None:
    path = write_places(tmp_path, "Kunsafra,,C4309,,,,,,\n" + rows)
    monkeypatch.setenv(PLACES_ENV, str(path))
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load()
    assert f"{path}, line 3" in str(err.value)
    assert problem in str(err.value)


def test_places_file_without_the_header_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "places.csv"
    path.write_text("place,pcode\nKunsafra,C4309\n")
    monkeypatch.setenv(PLACES_ENV, str(path))
    with pytest.raises(GazetteerError, match=r"line 1: the header lacks the column\(s\) name, "):
        Gazetteer.load()


def test_a_missing_places_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PLACES_ENV, str(tmp_path / "nowhere.csv"))
    with pytest.raises(GazetteerError, match=r"nowhere\.csv: the places file cannot be opened"):
        Gazetteer.load()


def test_an_undetermined_language_is_read_by_its_script(gaz: Gazetteer) -> None:
    found = gaz.find("Shelling hit Kansafra in Idleb countryside.", "und")
    assert [p.name for _, _, p in found][:1] == ["Kansafra"]
    assert gaz.lookup("Idlib", "tr")[0].precision == "governorate"
