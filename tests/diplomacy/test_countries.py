"""The Country table after `migrate`: every state from the packages, territories kept apart."""
import pytest

from diplomacy.models import Country

pytestmark = pytest.mark.django_db


def test_every_sovereign_state_with_taiwan_palestine_and_history(countries):
    sovereign = Country.objects.filter(sovereign=True, historical=False)
    assert sovereign.count() >= 193  # the UN members at least
    for code in ("TR", "US", "TW", "PS", "VA", "SS"):
        assert sovereign.filter(iso2=code).exists(), code
    assert Country.objects.get(iso2="SU").historical
    hong_kong = Country.objects.get(iso2="HK")
    assert not hong_kong.sovereign


def test_names_demonyms_and_capitals(countries):
    turkey = Country.objects.get(iso2="TR")
    assert turkey.iso3 == "TUR"
    assert "Turkish" in turkey.demonyms
    assert "Ankara" in turkey.capitals
    assert "Turkey" in [turkey.name, *turkey.other_names]


def test_sync_is_idempotent(countries):
    from diplomacy.services import countries_sync

    before = list(Country.objects.values_list("iso2", "name", "demonyms"))
    countries_sync()
    assert list(Country.objects.values_list("iso2", "name", "demonyms")) == before
