"""/api/v1/actors/: brief list rows, full detail with provenance, filters, rejected hidden, counterparts,
and merging (editors only)."""
import datetime as dt

import pytest

from diplomacy.models import Actor, ActorAlias, ActorMention, MergeRecord, ReviewStatus
from tests.diplomacy.api.conftest import WRITE_EXPECTATIONS, token_client
from tests.factories import ActorFactory, ActorRoleFactory, ArticleFactory, country, meeting_with

pytestmark = pytest.mark.django_db

URL = "/api/v1/actors/"


@pytest.fixture
def actors():
    tr = country("TR", "Turkey")
    cavusoglu = ActorFactory(name="Mevlüt Çavuşoğlu", slug="mevlut-cavusoglu", country=tr)
    source = ArticleFactory(title="FM Çavuşoğlu in Brussels")
    ActorRoleFactory(actor=cavusoglu, title="Foreign Minister", country=tr, article=source,
                     first_seen=dt.date(2015, 11, 24), last_seen=dt.date(2023, 6, 3))
    ActorMention.objects.create(actor=cavusoglu, article=source, name_in_text="Çavuşoğlu")
    nato = ActorFactory(name="NATO", slug="nato", kind="organization")
    rejected = ActorFactory(name="Not A Person", slug="not-a-person", review_status=ReviewStatus.REJECTED)
    meeting_with(cavusoglu, nato)
    meeting_with(cavusoglu, nato, review_status=ReviewStatus.REJECTED)
    return {"cavusoglu": cavusoglu, "nato": nato, "rejected": rejected, "source": source}


def test_list(client, actors):
    body = client.get(URL).json()
    assert body["count"] == 2
    row = body["results"][0]
    assert row == {
        "id": actors["cavusoglu"].pk, "name": "Mevlüt Çavuşoğlu", "slug": "mevlut-cavusoglu", "kind": "person",
        "country": "TR", "url": f"http://testserver{URL}{actors['cavusoglu'].pk}/", "review_status": "proposed",
        "html_url": "http://testserver/actors/mevlut-cavusoglu/",
        "meeting_count": 1,  # the rejected meeting is not counted
    }


def test_detail(client, actors):
    body = client.get(f"{URL}{actors['cavusoglu'].pk}/").json()
    source = actors["source"]
    assert body["aliases"] == ["Mevlüt Çavuşoğlu"]
    [role] = body["roles"]
    assert {k: role[k] for k in ("title", "country", "first_seen", "last_seen")} == {
        "title": "Foreign Minister", "country": "TR", "first_seen": "2015-11-24", "last_seen": "2023-06-03"}
    # Provenance: the article that gave the role, and the articles naming the actor, with their URLs.
    assert role["article"]["id"] == source.pk and role["article"]["source_url"] == source.url
    assert body["mentions"] == [{"name_in_text": "Çavuşoğlu", "article": role["article"]}]
    assert body["meetings"] == f"http://testserver/api/v1/meetings/?participant={actors['cavusoglu'].pk}"
    assert body["counterparts"] == f"http://testserver{URL}{actors['cavusoglu'].pk}/counterparts/"
    assert len(client.get(body["meetings"]).json()["results"]) == 1


def test_counterparts_ranked_with_counts_and_links(client, actors):
    cavusoglu, nato = actors["cavusoglu"], actors["nato"]
    blinken = ActorFactory(name="Antony Blinken", slug="antony-blinken", country=country("US"))
    meeting_with(cavusoglu, nato)
    meeting_with(cavusoglu, blinken, country("GR"))
    body = client.get(f"{URL}{cavusoglu.pk}/counterparts/").json()
    assert body["actor"]["id"] == cavusoglu.pk and body["count"] == 3
    rows = [(row["type"], row["name"], row["meetings"]) for row in body["results"]]
    assert rows[0] == ("actor", "NATO", 2)
    assert set(rows[1:]) == {("actor", "Antony Blinken", 1), ("country", "Greece", 1)}
    nato_row = body["results"][0]
    greece = next(row for row in body["results"] if row["type"] == "country")
    assert nato_row["id"] == nato.pk and nato_row["url"] == f"http://testserver{URL}{nato.pk}/"
    assert len(client.get(nato_row["meetings_url"]).json()["results"]) == 2
    assert greece["url"] == "http://testserver/api/v1/countries/gr/" and greece["id"] is None
    assert len(client.get(greece["meetings_url"]).json()["results"]) == 1
    assert [r["name"] for r in client.get(f"{URL}{cavusoglu.pk}/counterparts/", {"limit": 1}).json()["results"]] == ["NATO"]
    assert client.get(f"{URL}{cavusoglu.pk}/counterparts/", {"limit": 0}).status_code == 400
    assert client.get(f"{URL}{actors['rejected'].pk}/counterparts/").status_code == 404


def test_rejected_actor_hidden(client, actors):
    assert actors["rejected"].pk not in [row["id"] for row in client.get(URL).json()["results"]]
    assert client.get(f"{URL}{actors['rejected'].pk}/").status_code == 404


@pytest.mark.parametrize("params, expected", [
    ({"country": "tr"}, ["mevlut-cavusoglu"]),
    ({"kind": "organization"}, ["nato"]),
    ({"q": "cavusoglu"}, ["mevlut-cavusoglu"]),
    ({"q": "Çavuş"}, ["mevlut-cavusoglu"]),
    ({"ordering": "-meeting_count"}, ["mevlut-cavusoglu", "nato"]),
])
def test_filters(client, actors, params, expected):
    assert [row["slug"] for row in client.get(URL, params).json()["results"]] == expected


def test_query_counts(client, actors, django_assert_num_queries):
    def counts():
        with django_assert_num_queries(2):  # count, page
            client.get(URL)
        # actor, aliases, roles with their articles, data version, meeting count (cached, but the cache is
        # off in these tests), latest dated mentions, then undated (fewer than 100)
        with django_assert_num_queries(7):
            client.get(f"{URL}{actors['cavusoglu'].pk}/")
        with django_assert_num_queries(2):  # actor, counterparts
            client.get(f"{URL}{actors['cavusoglu'].pk}/counterparts/")

    counts()
    for n in range(5):
        other = ActorFactory(country=country("FR"))
        ActorRoleFactory(actor=other, country=country("FR"))
        ActorRoleFactory(actor=actors["cavusoglu"], title=f"Title {n}", article=ArticleFactory())
        ActorMention.objects.create(actor=actors["cavusoglu"], article=ArticleFactory(), name_in_text="Çavuşoğlu")
        meeting_with(actors["cavusoglu"], other, country("DE"))
    counts()
    assert client.get(URL).json()["count"] == 7


def test_read_only_resource(client, actors, reader):
    assert client.post(URL, {"name": "X"}).status_code == 401
    client.force_login(reader)
    assert client.post(URL, {"name": "X"}, content_type="application/json").status_code == 405
    assert client.patch(f"{URL}{actors['nato'].pk}/", {"name": "X"}, content_type="application/json").status_code == 405


@pytest.mark.parametrize("persona", WRITE_EXPECTATIONS)
def test_who_may_merge(api_client_for, actors, persona):
    twin = ActorFactory(name="Mevlut Cavusoglu", slug="mevlut-cavusoglu-2", country=country("TR"))
    response = api_client_for(persona).post(f"{URL}merge/", {"survivor": actors["cavusoglu"].pk,
                                                             "others": [twin.pk]}, format="json")
    assert response.status_code == WRITE_EXPECTATIONS[persona], response.content
    assert Actor.objects.filter(pk=twin.pk).exists() == (response.status_code != 200)


def test_merge_moves_everything_and_answers_what_moved(editor, actors):
    twin = ActorFactory(name="Mevlut Cavusoglu", slug="mevlut-cavusoglu-2", country=country("TR"))
    meeting_with(twin, actors["nato"], date=dt.date(2022, 1, 1))
    response = token_client(editor).post(f"{URL}merge/", {"survivor": actors["cavusoglu"].pk,
                                                          "others": [twin.pk, twin.pk]}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["survivor"]["id"] == actors["cavusoglu"].pk and body["survivor"]["slug"] == "mevlut-cavusoglu"
    assert body["merged_ids"] == [twin.pk]
    assert body["moved"] == {"aliases": 1, "roles": 0, "mentions": 0, "participations": 1}
    assert ActorAlias.objects.filter(actor=actors["cavusoglu"], name="Mevlut Cavusoglu").exists()
    assert MergeRecord.objects.get(pk=body["merge_record"]).kind == "actor"


def test_conflicting_merges_are_409(editor, actors):
    api = token_client(editor)
    cavusoglu, nato = actors["cavusoglu"].pk, actors["nato"].pk
    assert api.post(f"{URL}merge/", {"survivor": cavusoglu, "others": [cavusoglu]}, format="json").status_code == 409
    assert api.post(f"{URL}merge/", {"survivor": cavusoglu, "others": [nato]}, format="json").status_code == 200
    again = api.post(f"{URL}merge/", {"survivor": nato, "others": [cavusoglu]}, format="json")
    assert again.status_code == 409 and again.json()["code"] == "conflict"
    assert f"already merged into {cavusoglu}" in again.json()["detail"]
    assert api.post(f"{URL}merge/", {"survivor": 999999, "others": [cavusoglu]}, format="json").status_code == 404
    unknown = api.post(f"{URL}merge/", {"survivor": cavusoglu, "others": [999999]}, format="json")
    assert unknown.status_code == 400 and "others" in unknown.json()["errors"]


def test_latest_mentions_newest_first_undated_last_at_most_100(client, actors):
    import datetime as dt

    from diplomacy import selectors

    actor = actors["cavusoglu"]
    ActorMention.objects.filter(actor=actor).delete()
    undated = ArticleFactory(published_date=None)
    ActorMention.objects.create(actor=actor, article=undated, name_in_text="Çavuşoğlu")
    for day in (3, 1, 2):
        ActorMention.objects.create(actor=actor, article=ArticleFactory(published_date=dt.date(2021, 4, day)),
                                    name_in_text="Çavuşoğlu")
    body = client.get(f"{URL}{actor.pk}/").json()
    assert [m["article"]["published_date"] for m in body["mentions"]] == [
        "2021-04-03", "2021-04-02", "2021-04-01", None]
    assert [m.article_id for m in selectors.actor_recent_mentions(actor=actor, limit=2)] == [
        m["article"]["id"] for m in body["mentions"][:2]]
