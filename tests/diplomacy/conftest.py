"""The pages' aggregate cache is off in these tests: their writes run inside a transaction that never
commits, so the data version (raised on commit) cannot follow them. tests/diplomacy/test_cache.py turns it
on and runs the commit callbacks."""
import pytest


@pytest.fixture(autouse=True)
def _no_aggregate_cache(settings):
    settings.AGGREGATE_CACHE_SECONDS = 0
