"""Joining name variants of one person."""
from articles.extraction.actors import best_form, same_person, strip_honorifics


def test_misspelt_first_name_joins():
    assert same_person("Antony Blinken", "Anthony Blinken")


def test_surname_alone_and_diacritics():
    assert same_person("Mevlüt Çavuşoğlu", "Çavuşoğlu")
    assert same_person("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu")


def test_family_name_first():
    assert same_person("Xi Jinping", "Xi")


def test_different_people_stay_apart():
    assert not same_person("George Bush", "George Shultz")
    assert not same_person("Hillary Clinton", "Mark Vaile")


def test_fullest_form_wins_and_caps_header_is_title_cased():
    assert best_form(["Blinken", "Antony Blinken", "Anthony Blinken"], "person") == "Antony Blinken"
    assert best_form(["ALEXANDER DOWNER", "Alexander Downer", "Downer"], "person") == "Alexander Downer"


def test_honorifics_stripped():
    assert strip_honorifics("Mr Straw") == "Straw"
    assert strip_honorifics("Foreign Minister Wang Yi") == "Wang Yi"
