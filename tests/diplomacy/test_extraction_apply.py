"""extraction_apply: writing an extraction result into the knowledge base, and what it must never do."""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.extraction.types import (
    ExtractedActor, ExtractedIssue, ExtractedMeeting, ExtractedRole, ExtractionResult,
)
from diplomacy.models import (
    Actor, ActorAlias, ActorMention, ActorRole, Country, Issue, Meeting, MeetingParticipant, MeetingSource, ReviewStatus,
)
from diplomacy.resolution import PartialDate, find_actor, find_meeting
from diplomacy.services import extraction_apply, meeting_confirm, meeting_reject, unique_slug
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "Foreign Minister Mevlüt Çavuşoğlu held a phone call with his U.S. counterpart Anthony Blinken on Monday.\n\n"
    "The two ministers discussed the Afghanistan peace process.\n\n"
    "They first spoke in February."
)
CALL = TEXT.split("\n\n")[0]
FIRST = TEXT.split("\n\n")[2]


def result(*, blinken="Antony Blinken", blinken_aliases=("Anthony Blinken", "Blinken"), meetings=None):
    actors = (
        ExtractedActor("Mevlüt Çavuşoğlu", "person", ("Çavuşoğlu",), "TR", ExtractedRole("Foreign Minister", "TR")),
        ExtractedActor(blinken, "person", blinken_aliases, "US", ExtractedRole("Secretary of State", "US")),
    )
    if meetings is None:
        meetings = (
            ExtractedMeeting(
                ("Mevlüt Çavuşoğlu", blinken), "phone_call", "held", CALL, 0, len(CALL),
                date="2021-04-12", date_precision="day", issues=("Afghanistan peace process",),
                confidence=0.9, reason="phone call with",
            ),
            ExtractedMeeting(
                ("Mevlüt Çavuşoğlu", blinken), "phone_call", "held", FIRST, TEXT.index(FIRST),
                TEXT.index(FIRST) + len(FIRST), date="2021-02", date_precision="month", confidence=0.6,
            ),
        )
    return ExtractionResult(
        extractor_version="test-1", countries=("TR", "US"), actors=actors, meetings=meetings,
        issues=(ExtractedIssue("Afghanistan peace process", ("intra-Afghan peace talks",)),),
    )


@pytest.fixture
def article(countries):
    return ArticleFactory(text=TEXT, published_date=dt.date(2021, 4, 12), url="https://example.org/a")


def snapshot():
    return (
        sorted(Actor.objects.values_list("name", "review_status")),
        sorted(Meeting.objects.values_list("kind", "date", "date_precision", "review_status")),
        MeetingSource.objects.count(),
        sorted(Issue.objects.values_list("name", flat=True)),
    )


def test_apply_writes_actors_roles_meetings_sources_and_issues(article):
    extraction_apply(article=article, result=result())

    blinken = Actor.objects.get(name="Antony Blinken")
    assert blinken.country.iso2 == "US"
    assert {"Anthony Blinken", "Blinken", "Antony Blinken"} <= set(blinken.aliases.values_list("name", flat=True))
    role = ActorRole.objects.get(actor=blinken)
    assert (role.title, role.country.iso2, role.first_seen, role.article) == (
        "Secretary of State", "US", dt.date(2021, 4, 12), article)

    call = Meeting.objects.get(date=dt.date(2021, 4, 12))
    assert call.date_display == "2021-04-12"
    assert {p.actor.name for p in call.participants.all()} == {"Mevlüt Çavuşoğlu", "Antony Blinken"}
    assert list(call.issues.values_list("name", flat=True)) == ["Afghanistan peace process"]
    source = call.sources.get()
    assert article.text[source.evidence_start:source.evidence_end] == source.evidence == CALL
    assert Meeting.objects.get(date_precision="month").date_display == "2021-02"
    assert call.review_status == ReviewStatus.PROPOSED


def test_applying_twice_changes_nothing(article):
    extraction_apply(article=article, result=result())
    before = snapshot()
    extraction_apply(article=article, result=result())
    assert snapshot() == before


def test_reextraction_replaces_proposals_but_keeps_editor_decisions(article):
    extraction_apply(article=article, result=result())
    editor = UserFactory()
    confirmed = meeting_confirm(meeting=Meeting.objects.get(date_precision="day"), user=editor)
    rejected = meeting_reject(meeting=Meeting.objects.get(date_precision="month"), user=editor, note="not a call")

    # The improved extractor no longer reports the confirmed call, and reports the rejected one again.
    again = result()
    extraction_apply(article=article, result=ExtractionResult(
        extractor_version="test-2", countries=again.countries, actors=again.actors,
        meetings=(again.meetings[1],), issues=again.issues))

    confirmed.refresh_from_db()
    rejected.refresh_from_db()
    assert confirmed.review_status == ReviewStatus.CONFIRMED and confirmed.sources.count() == 1
    assert rejected.review_status == ReviewStatus.REJECTED and rejected.review_note == "not a call"
    assert Meeting.objects.count() == 2  # the rejected meeting was not proposed anew


def test_proposals_that_disappear_are_removed(article):
    extraction_apply(article=article, result=result())
    extraction_apply(article=article, result=result(meetings=()))
    assert Meeting.objects.count() == 0
    assert MeetingSource.objects.count() == 0


def test_second_article_joins_the_same_actor_and_meeting(article):
    extraction_apply(article=article, result=result())
    other_text = "U.S. Secretary of State Anthony Blinken spoke by phone with Mevlut Cavusoglu on Monday."
    other = ArticleFactory(text=other_text, published_date=dt.date(2021, 4, 13), url="https://example.org/b")
    meeting = ExtractedMeeting(
        ("Mevlut Cavusoglu", "Anthony Blinken"), "phone_call", "held", other_text, 0, len(other_text),
        date="2021-04-12", date_precision="day",
    )
    extraction_apply(article=other, result=ExtractionResult(
        extractor_version="test-1",
        actors=(ExtractedActor("Mevlut Cavusoglu", "person", (), "TR"),
                ExtractedActor("Anthony Blinken", "person", (), "US")),
        meetings=(meeting,)))

    assert Actor.objects.filter(kind="person").count() == 2
    call = Meeting.objects.get(date=dt.date(2021, 4, 12))
    assert call.sources.count() == 2


def test_spelling_variant_found_by_surname(article):
    extraction_apply(article=article, result=result(blinken="Antony Blinken", blinken_aliases=()))
    other = ArticleFactory(text="Antoni Blinken met Çavuşoğlu.", url="https://example.org/c")
    extraction_apply(article=other, result=ExtractionResult(
        extractor_version="t", actors=(ExtractedActor("Antoni Blinken", "person", (), "US"),)))
    blinken = Actor.objects.get(name="Antony Blinken")
    assert "Antoni Blinken" in set(blinken.aliases.values_list("name", flat=True))


def test_a_surname_alone_does_not_join_two_full_names(countries):
    first = ArticleFactory(text="George H. W. Bush and Bush met.", url="https://example.org/d")
    extraction_apply(article=first, result=ExtractionResult(
        extractor_version="t", actors=(ExtractedActor("George H. W. Bush", "person", ("Bush",), "US"),)))
    second = ArticleFactory(text="George W. Bush spoke.", url="https://example.org/e")
    extraction_apply(article=second, result=ExtractionResult(
        extractor_version="t", actors=(ExtractedActor("George W. Bush", "person", ("Bush",), "US"),)))
    assert Actor.objects.filter(kind="person").count() == 2


def test_rejected_actor_gets_nothing_new(article):
    extraction_apply(article=article, result=result())
    Actor.objects.filter(name="Antony Blinken").update(review_status=ReviewStatus.REJECTED)
    extraction_apply(article=article, result=result())
    rejected = Actor.objects.get(name="Antony Blinken")
    assert not rejected.participations.exists()


def test_meetings_of_one_article_are_never_merged_with_each_other(article):
    sidelines = "They met in Brussels last month at the NATO summit."
    extraction_apply(article=article, result=result(meetings=(
        ExtractedMeeting(("Mevlüt Çavuşoğlu", "Antony Blinken"), "in_person", "held", sidelines, 0, 10,
                         date="2021-03", date_precision="month", location="Brussels"),
        ExtractedMeeting(("Mevlüt Çavuşoğlu", "Antony Blinken", "TR"), "multilateral", "held", sidelines, 20, 30,
                         date="2021-03-23", date_precision="day", location="Brussels"),
    )))
    assert Meeting.objects.count() == 2


def test_issue_forms_with_framing_words_are_one_issue(countries):
    first = ArticleFactory(text="They discussed the S-400 deal.", url="https://example.org/f")
    extraction_apply(article=first, result=ExtractionResult(
        extractor_version="t", issues=(ExtractedIssue("S-400 deal", ("the S-400 deal",)),)))
    second = ArticleFactory(text="The S-400 issue came up.", url="https://example.org/g")
    extraction_apply(article=second, result=ExtractionResult(
        extractor_version="t", issues=(ExtractedIssue("S-400", ("the S-400 issue",)),)))
    third = ArticleFactory(text="Trade was discussed.", url="https://example.org/h")
    extraction_apply(article=third, result=ExtractionResult(
        extractor_version="t", issues=(ExtractedIssue("Trade"),)))
    assert sorted(Issue.objects.values_list("name", flat=True)) == ["S-400 deal", "Trade"]
    s400 = Issue.objects.get(name="S-400 deal")
    assert {"S-400", "the S-400 issue"} <= set(s400.aliases.values_list("name", flat=True))


# --- resolution at scale: indexed lookups narrowed to what can match (issue 8) -------------------------


def _meeting(date, precision, *, countries=(), actors=(), kind="phone_call"):
    meeting = Meeting.objects.create(kind=kind, status="held", date=date, date_precision=precision)
    for country in countries:
        MeetingParticipant.objects.create(meeting=meeting, country=Country.objects.get(iso2=country))
    for actor in actors:
        MeetingParticipant.objects.create(meeting=meeting, actor=actor)
    return meeting


@pytest.mark.parametrize(("stored", "precision", "looked_up", "found"), [
    (dt.date(2021, 4, 12), "day", "2021-04-12", True),
    (dt.date(2021, 4, 1), "month", "2021-04-12", True),     # the month that contains the day
    (dt.date(2021, 1, 1), "year", "2021-04-12", True),      # the year that contains the day
    (dt.date(2021, 4, 20), "day", "2021-04", True),         # a day inside the month looked up
    (dt.date(2021, 4, 13), "day", "2021-04-12", False),     # the next day
    (dt.date(2021, 3, 1), "month", "2021-04-12", False),    # another month of the same year
    (dt.date(2021, 5, 3), "day", "2021-04", False),
    (dt.date(2021, 11, 30), "day", "2021", True),
    (dt.date(2020, 4, 12), "day", "2021-04-12", False),
])
def test_find_meeting_looks_only_at_dates_that_can_agree(countries, stored, precision, looked_up, found):
    meeting = _meeting(stored, precision, countries=("TR", "US"))
    ids = set(Country.objects.filter(iso2__in=("TR", "US")).values_list("pk", flat=True))
    hit = find_meeting(actor_ids=set(), country_ids=ids, kind="phone_call", date=PartialDate.parse(looked_up))
    assert (hit == meeting) is found


def test_find_meeting_through_a_shared_actor_when_countries_cannot_reach_half(countries):
    erdogan = Actor.objects.create(kind="person", name="Recep Erdogan", slug="recep-erdogan")
    biden = Actor.objects.create(kind="person", name="Joe Biden", slug="joe-biden")
    us = Country.objects.get(iso2="US")
    # {Erdogan, Biden, US} needs two sides in common: the US alone never does, an actor with it does.
    only_us = _meeting(dt.date(2021, 4, 12), "day", countries=("US",))
    both = _meeting(dt.date(2021, 4, 12), "day", countries=("US",), actors=(erdogan,))
    hit = find_meeting(actor_ids={erdogan.pk, biden.pk}, country_ids={us.pk}, kind="phone_call",
                       date=PartialDate.parse("2021-04-12"))
    assert hit == both and hit != only_us


def test_find_meeting_by_countries_alone(countries):
    meeting = _meeting(dt.date(2021, 4, 12), "day", countries=("US", "TR"))
    _meeting(dt.date(2021, 4, 12), "day", countries=("FR", "DE"))
    ids = set(Country.objects.filter(iso2__in=("TR", "US")).values_list("pk", flat=True))
    assert find_meeting(actor_ids=set(), country_ids=ids, kind="phone_call",
                        date=PartialDate.parse("2021-04-12")) == meeting


def test_an_actor_found_by_one_name_is_found_without_counting_its_mentions(article):
    extraction_apply(article=article, result=result())
    for n in range(3):
        other = ArticleFactory(text=f"Blinken spoke {n}.", url=f"https://example.org/m{n}")
        ActorMention.objects.create(actor=Actor.objects.get(name="Antony Blinken"), article=other)
    with CaptureQueriesContext(connection) as queries:
        found = find_actor(names=["Antony Blinken"], kind="person", country_id=None)
    assert found.name == "Antony Blinken"
    assert not [q for q in queries.captured_queries if "actormention" in q["sql"].lower()]


def test_of_two_actors_one_name_denotes_the_most_mentioned_wins(countries):
    quiet = Actor.objects.create(kind="person", name="Ali Khan", slug="ali-khan")
    busy = Actor.objects.create(kind="person", name="Ali Khan", slug="ali-khan-2")
    for actor in (quiet, busy):
        ActorAlias.objects.create(actor=actor, name="Ali Khan")
    for n in range(2):
        ActorMention.objects.create(actor=busy, article=ArticleFactory(text=f"Khan {n}.", url=f"https://example.org/k{n}"))
    assert find_actor(names=["Ali Khan"], kind="person", country_id=None) == busy


def test_two_extracted_actors_for_one_actor_give_one_mention(countries):
    text = "Antony Blinken, the secretary, spoke; Secretary Blinken said more."
    article = ArticleFactory(text=text, url="https://example.org/two")
    extraction_apply(article=article, result=ExtractionResult(extractor_version="t", actors=(
        ExtractedActor("Antony Blinken", "person", (), "US"),
        ExtractedActor("Secretary Antony Blinken", "person", ("Antony Blinken",), "US"),
    )))
    blinken = Actor.objects.get()
    assert ActorMention.objects.filter(actor=blinken, article=article).count() == 1
    assert set(blinken.aliases.values_list("name", flat=True)) == {"Antony Blinken", "Secretary Antony Blinken"}


def test_retraction_keeps_an_actor_mentioned_elsewhere_and_removes_an_orphan(article):
    extraction_apply(article=article, result=result())
    other = ArticleFactory(text="Blinken spoke.", url="https://example.org/other")
    ActorMention.objects.create(actor=Actor.objects.get(name="Antony Blinken"), article=other)
    extraction_apply(article=article, result=result(meetings=()))
    extraction_apply(article=article, result=ExtractionResult(extractor_version="t"))
    assert list(Actor.objects.values_list("name", flat=True)) == ["Antony Blinken"]


def test_unique_slug_takes_the_smallest_free_number_and_ignores_longer_names(countries):
    for slug in ("ali-khan", "ali-khan-2", "ali-khan-4", "ali-khan-jr"):
        Actor.objects.create(kind="person", name=slug, slug=slug)
    assert unique_slug(Actor, "Ali Khan", max_length=320) == "ali-khan-3"
    assert unique_slug(Actor, "Ali Khanov", max_length=320) == "ali-khanov"


def test_extraction_apply_queries_do_not_grow_with_the_knowledge_base(countries):
    """The same article written into a small and a larger knowledge base makes the same queries."""
    def write(tag):
        text = f"Blinken called Cavusoglu ({tag})."
        art = ArticleFactory(text=text, published_date=dt.date(2021, 4, 12), url=f"https://example.org/{tag}")
        meeting = ExtractedMeeting(("Antony Blinken", "Mevlut Cavusoglu"), "phone_call", "held", text, 0, len(text),
                                   date="2021-04-12", date_precision="day")
        res = ExtractionResult(extractor_version="t", countries=("US", "TR"), actors=(
            ExtractedActor("Antony Blinken", "person", (), "US"), ExtractedActor("Mevlut Cavusoglu", "person", (), "TR"),
        ), meetings=(meeting,))
        with CaptureQueriesContext(connection) as queries:
            extraction_apply(article=art, result=res)
        return len(queries.captured_queries)

    write("first")
    small = write("second")
    blinken = Actor.objects.get(name="Antony Blinken")
    for n in range(30):  # other meetings of the same people and countries, the same year
        _meeting(dt.date(2021, 1 + n % 12, 1 + n % 27), "day", countries=("US", "TR"), actors=(blinken,))
    assert write("third") == small


def test_find_meeting_examines_no_meeting_of_another_day_nor_of_a_country_alone(countries, monkeypatch):
    """What a busy country did the rest of the year is not loaded: at scale that is thousands of rows."""
    erdogan = Actor.objects.create(kind="person", name="Recep Erdogan", slug="recep-erdogan")
    biden = Actor.objects.create(kind="person", name="Joe Biden", slug="joe-biden")
    for n in range(20):
        _meeting(dt.date(2021, 1 + n % 12, 1 + n), "day", countries=("US", "TR"), actors=(erdogan,))
    _meeting(dt.date(2021, 4, 12), "day", countries=("US",))  # shares only the country
    same_day = _meeting(dt.date(2021, 4, 12), "day", countries=("US",), actors=(erdogan, biden))
    examined = []
    agrees_with = PartialDate.agrees_with
    monkeypatch.setattr(PartialDate, "agrees_with",
                        lambda self, value, precision: examined.append(value) or agrees_with(self, value, precision))
    hit = find_meeting(actor_ids={erdogan.pk, biden.pk}, country_ids={Country.objects.get(iso2="US").pk},
                       kind="phone_call", date=PartialDate.parse("2021-04-12"))
    assert hit == same_day
    assert examined == [dt.date(2021, 4, 12)]


def test_mentions_written_at_the_end_still_break_ties_within_the_article(countries):
    """The article's mentions are written in one INSERT after its actors, yet count as they did one by one."""
    first = Actor.objects.create(kind="person", name="Ali Khan", slug="ali-khan")
    second = Actor.objects.create(kind="person", name="Ali Khan", slug="ali-khan-2")
    ActorAlias.objects.create(actor=first, name="Ali Khan")
    ActorAlias.objects.create(actor=second, name="Ali Khan")
    ActorAlias.objects.create(actor=second, name="Ali Raza Khan")
    for n, actor in enumerate((first, second)):
        ActorMention.objects.create(actor=actor, article=ArticleFactory(text=f"Khan {n}.", url=f"https://example.org/t{n}"))
    article = ArticleFactory(text="Ali Raza Khan arrived. Ali Khan spoke.", url="https://example.org/tie")
    extraction_apply(article=article, result=ExtractionResult(extractor_version="t", actors=(
        ExtractedActor("Ali Raza Khan", "person", (), None), ExtractedActor("Ali Khan", "person", (), None),
    )))
    # "Ali Raza Khan" is the second actor; with that mention it leads the tie "Ali Khan" makes.
    assert list(ActorMention.objects.filter(article=article).values_list("actor_id", flat=True)) == [second.pk]


# Round trips are the cost of a write on a busy machine (docs/benchmarks.md): pinned so they cannot creep back.
# "again" retracts the first run's meetings, and Django's cascade also deletes their MeetingCountry rows.
PINNED_QUERIES = {"new": 55, "again": 85}


def test_extraction_apply_query_count_is_pinned(article):
    with CaptureQueriesContext(connection) as first:
        extraction_apply(article=article, result=result())
    with CaptureQueriesContext(connection) as again:
        extraction_apply(article=article, result=result())
    assert {"new": len(first.captured_queries), "again": len(again.captured_queries)} == PINNED_QUERIES
