"""Country records from the packages and the surface-form index."""
import pytest

from articles.extraction import gazetteer
from articles.extraction.gazetteer import CountryRecord, all_countries, country_by_code, lookup


def test_every_iso_entry_and_historical_states():
    records = all_countries()
    codes = {r.iso2 for r in records}
    assert len(records) >= 249
    assert {"TR", "US", "GB", "HK", "GI", "TW", "PS", "SU", "YU", "DD", "CS"} <= codes
    assert all(isinstance(r, CountryRecord) for r in records)


def test_sovereignty_flags():
    by = country_by_code()
    assert by["TW"].sovereign and by["PS"].sovereign
    assert not by["HK"].sovereign and not by["GI"].sovereign and not by["MO"].sovereign and not by["PR"].sovereign
    assert by["SU"].historical and by["SU"].sovereign and not by["FR"].historical


@pytest.mark.parametrize("surface,code", [
    ("Turkey", "TR"), ("Türkiye", "TR"), ("U.S.", "US"), ("US", "US"), ("USA", "US"), ("United States", "US"),
    ("UK", "GB"), ("Britain", "GB"), ("United Kingdom", "GB"), ("South Korea", "KR"), ("North Korea", "KP"),
    ("Russia", "RU"), ("Ivory Coast", "CI"), ("Czechia", "CZ"), ("Soviet Union", "SU"), ("Burma", "MM"),
])
def test_names_and_short_forms(surface, code):
    assert lookup(surface)[0] == code


@pytest.mark.parametrize("surface,code", [("Turkish", "TR"), ("American", "US"), ("British", "GB"),
                                          ("Chinese", "CN"), ("Iranian", "IR"), ("Soviet", "SU")])
def test_demonyms(surface, code):
    assert lookup(surface) == (code, "demonym")


@pytest.mark.parametrize("surface,code", [("Ankara", "TR"), ("Washington", "US"), ("Tehran", "IR"),
                                          ("Canberra", "AU"), ("Ottawa", "CA")])
def test_capitals(surface, code):
    assert lookup(surface) == (code, "capital")


def test_territories_kept_apart():
    assert lookup("Hong Kong")[0] == "HK" and not gazetteer.is_sovereign("HK")
    assert lookup("Gibraltar")[0] == "GI" and not gazetteer.is_sovereign("GI")
    assert lookup("China")[0] == "CN"


def test_word_like_codes_are_not_names():
    assert lookup("IN") is None and lookup("CAN") is None
