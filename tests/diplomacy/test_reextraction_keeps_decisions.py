"""The central guarantee: re-extracting every article leaves every editor's decision exactly as it was.

Real articles (the bundled seed and, when ../shared is there, some of the dev corpus) are ingested and
extracted in-process; an editor confirms, rejects, corrects a date, merges two actors, merges meetings
and splits a source off; then all articles are extracted again.
"""
import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings

from articles.documents import document_from_mapping, read_documents
from articles.ingestion import ingest_paths
from articles.models import Article
from articles.services import article_ingest, article_reextract
from diplomacy import curation
from diplomacy.models import Actor, ActorAlias, Meeting, MeetingSource, ReviewStatus
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SEED = settings.BASE_DIR / "articles" / "samples" / "seed-cavusoglu-blinken.json"
DEV = settings.BASE_DIR.parent / "shared" / "eval" / "dev" / "corpus"
# Articles about the same people and events, so that sources, actors and duplicates overlap.
DEV_FILES = [
    "news-2015-hollande-merkel-putin-moscow.json", "mix-2015-normandy-prep-elysee.json",
    "gov-2016-wang-yi-kerry-call.json", "gov-2014-ban-kerry-kuwait.json", "mix-2015-obama-xi-state-visit.json",
    "wh-2021-biden-xi-virtual.json", "news-2003-putin-schroeder-st-petersburg.json",
    "news-2001-jiang-putin-shanghai.json", "mix-2005-li-zhaoxing-straw-beijing.json",
]


def _extract_all(run_callbacks):
    with run_callbacks(execute=True):
        for article in Article.objects.exclude(text=""):
            assert article_reextract(article=article)


def meeting_facts(meeting_id):
    meeting = Meeting.objects.get(pk=meeting_id)
    return {
        "fields": (meeting.kind, meeting.status, meeting.date, meeting.date_precision, meeting.location_name,
                   meeting.location_country_id, meeting.review_status, meeting.review_note, meeting.curated,
                   meeting.split_from_id, meeting.reviewed_by_id),
        "participants": sorted(meeting.participants.values_list("actor_id", "country_id")),
        "issues": sorted(meeting.issue_links.values_list("issue_id", flat=True)),
        "sources": sorted(meeting.sources.values_list("article_id", "evidence_start", "evidence")),
    }


@pytest.fixture
def extracted(countries, eager_celery, django_capture_on_commit_callbacks):
    paths = [SEED] + [DEV / name for name in DEV_FILES if (DEV / name).exists()]
    with django_capture_on_commit_callbacks(execute=True):
        report = ingest_paths(paths)
    assert not report.failed
    assert Article.objects.filter(status=Article.Status.DONE).count() == len(paths)
    return paths


def test_reextracting_all_articles_changes_nothing_an_editor_decided(extracted, django_capture_on_commit_callbacks):
    if len(extracted) < 4:
        pytest.skip("needs the dev corpus (../shared/eval/dev/corpus) for enough meetings to curate")
    editor = UserFactory(username="curator", is_staff=True)
    proposed = list(Meeting.objects.filter(review_status=ReviewStatus.PROPOSED).order_by("pk"))
    assert len(proposed) >= 7, "too few meetings extracted to curate"
    confirmed, rejected, corrected, keep, merged, wrong, *_ = proposed

    curation.meeting_confirm(meeting=confirmed, user=editor)
    curation.meeting_reject(meeting=rejected, user=editor, note="Not a meeting")
    curation.meeting_correct(meeting=corrected, user=editor,
                             changes={"date": dt.date(1999, 9, 9), "date_precision": Meeting.DatePrecision.DAY})
    # Two meetings merged, a third merged by mistake and split off again.
    merged_id = merged.pk
    merged_sources = list(merged.sources.values_list("article_id", "evidence_start"))
    curation.meeting_merge(survivor=keep, others=[merged, wrong], user=editor)

    # Two actors merged: the second's names must resolve to the first from now on.
    people = list(Actor.objects.filter(kind=Actor.Kind.PERSON).order_by("pk"))
    survivor, absorbed = people[0], people[1]
    absorbed_names = set(absorbed.aliases.values_list("name", flat=True)) | {absorbed.name}
    absorbed_id = absorbed.pk
    curation.actor_merge(survivor=survivor, others=[absorbed], user=editor)

    wrong_sources = set(MeetingSource.objects.filter(meeting=keep).values_list("pk", flat=True)) - set(
        MeetingSource.objects.filter(meeting=keep, article_id__in=[a for a, _ in merged_sources]).values_list("pk", flat=True))
    split_source = MeetingSource.objects.filter(pk__in=wrong_sources).order_by("-pk").first()
    split_off = curation.meeting_split_source(source=split_source, user=editor)

    curated_ids = [confirmed.pk, rejected.pk, corrected.pk, keep.pk, split_off.pk]
    before = {pk: meeting_facts(pk) for pk in curated_ids}
    survivor_before = (Actor.objects.get(pk=survivor.pk).name, set(survivor.aliases.values_list("name", flat=True)))

    _extract_all(django_capture_on_commit_callbacks)
    _extract_all(django_capture_on_commit_callbacks)  # and once more: nothing drifts

    after = {pk: meeting_facts(pk) for pk in curated_ids}
    for pk in curated_ids:
        assert after[pk] == before[pk], f"meeting {pk} changed by re-extraction"
    # Merged-away rows never come back; their sentences stay on the survivor.
    assert not Meeting.objects.filter(pk=merged_id).exists()
    for article_id, start in merged_sources:
        assert set(MeetingSource.objects.filter(article_id=article_id, evidence_start=start)
                   .values_list("meeting_id", flat=True)) == {keep.pk}
    assert not Actor.objects.filter(pk=absorbed_id).exists()
    assert not ActorAlias.objects.filter(name__in=absorbed_names).exclude(actor=survivor).exists()
    survivor.refresh_from_db()
    assert (survivor.name, set(survivor.aliases.values_list("name", flat=True))) == survivor_before
    assert survivor.curated


def test_a_new_report_keeps_rejected_rejected_and_adds_a_source_to_confirmed(
    countries, eager_celery, django_capture_on_commit_callbacks
):
    editor = UserFactory(username="curator")
    [document] = read_documents(Path(SEED))
    with django_capture_on_commit_callbacks(execute=True):
        article_ingest(document=document)
    meetings = list(Meeting.objects.filter(date__isnull=False).order_by("pk"))
    assert len(meetings) >= 2
    confirmed, rejected = meetings[0], meetings[1]
    curation.meeting_confirm(meeting=confirmed, user=editor)
    curation.meeting_reject(meeting=rejected, user=editor, note="wrong")
    before = {m.pk: meeting_facts(m.pk) for m in (confirmed, rejected)}

    # The same events reported by another outlet.
    copy = document_from_mapping({
        "id": "copy", "title": "Another outlet", "published": document.published.isoformat(),
        "text": "Reporting from Ankara.\n\n" + document.text, "url": "https://other.example.org/a",
    })
    with django_capture_on_commit_callbacks(execute=True):
        new_article, created = article_ingest(document=copy)
    assert created

    for meeting, facts in ((confirmed, before[confirmed.pk]), (rejected, before[rejected.pk])):
        now = meeting_facts(meeting.pk)
        assert now["fields"] == facts["fields"] and now["participants"] == facts["participants"]
        new_sources = {s[0] for s in now["sources"]} - {s[0] for s in facts["sources"]}
        assert new_sources == {new_article.pk}, f"meeting {meeting.pk} did not gain the new report"
    assert Meeting.objects.get(pk=rejected.pk).review_status == ReviewStatus.REJECTED
