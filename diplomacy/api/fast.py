"""The meeting representation of the API lists, written out by hand.

DRF's nested serializers built a 50-meeting page in about 230 ms at 1M meetings while its SQL took
10 ms (docs/benchmarks.md, "Scale"): a field object, a `get_attribute` and a `to_representation` per
value, and one `reverse()` per URL (some 460 a page). This writes the same dicts directly, and reverses
each route once per page, swapping the key into the URL it gave. MeetingSerializer stays the
description (schema, detail endpoint); tests/diplomacy/api/test_fast.py checks that both give the same
output for every kind of meeting.

Two ways in, one writer (`_meeting`): `meeting()` for one instance whose rows meeting_queryset()
prefetched (exports, merge answers), and `meeting_page()` for the list endpoint, which reads a page's
participants, issues and sources as plain value tuples (3 queries) instead of building some 600 model
instances from them: after the serialisation, model instances were most of the list's time.
"""
from collections import defaultdict

from django.urls import reverse
from django.utils import timezone

from diplomacy.models import MeetingIssue, MeetingParticipant, MeetingSource, ReviewStatus

_MARK = "987654321"  # stands for the key in a reversed URL; digits, so it also fits `<int:pk>` routes


class Urls:
    """Absolute URLs for one request, one `reverse()` per route and key name."""

    def __init__(self, request):
        self.request = request
        self.templates: dict[tuple, str] = {}

    def __call__(self, name: str, *, absolute: bool = True, **kwargs) -> str:
        (key, value), = kwargs.items()
        template = self.templates.get((name, key, absolute))
        if template is None:
            path = reverse(name, kwargs={key: _MARK})
            if path.count(_MARK) != 1:
                raise ValueError(f"{name}: cannot template {path}")
            template = self.request.build_absolute_uri(path) if absolute and self.request else path
            self.templates[(name, key, absolute)] = template
        return template.replace(_MARK, str(value))


def _date(value):
    return value.isoformat() if value is not None else None


def actor_brief(actor, urls: Urls) -> dict:
    return _actor(actor.pk, actor.name, actor.slug, actor.kind, actor.country.iso2 if actor.country_id else None,
                  urls)


def _actor(pk, name, slug, kind, country, urls: Urls) -> dict:
    return {"id": pk, "name": name, "slug": slug, "kind": kind, "country": country,
            "url": urls("actor-detail", pk=pk)}


def _issue(pk, name, slug, urls: Urls) -> dict:
    return {"id": pk, "name": name, "slug": slug, "url": urls("issue-detail", pk=pk)}


def article_brief(article, urls: Urls) -> dict:
    return _article(article.pk, article.title, article.outlet, article.published_date, article.url, urls)


def _article(pk, title, outlet, published_date, url, urls: Urls) -> dict:
    return {"id": pk, "title": title, "outlet": outlet,
            "published_date": _date(published_date), "source_url": url,
            "url": urls("article-detail", pk=pk),
            "html_url": urls("articles:article-detail", pk=pk)}


def _source(pk, article: dict, evidence, start, end, confidence) -> dict:
    return {"id": pk, "article": article, "evidence": evidence, "evidence_start": start, "evidence_end": end,
            "evidence_url": f"{article['html_url']}#evidence-{pk}", "confidence": float(confidence)}


def meeting(meeting, urls: Urls) -> dict:
    """MeetingSerializer's fields, from the rows meeting_queryset() prefetched."""
    participants = [actor_brief(part.actor, urls) if part.actor_id else {"country": part.country.iso2}
                    for part in meeting.participants.all()]
    issues = [_issue(issue.pk, issue.name, issue.slug, urls) for issue in meeting.issues.all()]
    sources = [_source(source.pk, article_brief(source.article, urls), source.evidence, source.evidence_start,
                       source.evidence_end, source.confidence)
               for source in meeting.sources.all()]
    return _meeting(meeting, participants, issues, sources, urls)


def meeting_page(meetings, urls: Urls) -> list[dict]:
    """MeetingSerializer's fields for a page of meetings (location_country selected, nothing prefetched):
    the same rows, in the same order, as meeting_queryset()'s prefetches give `meeting()`."""
    ids = [m.pk for m in meetings]
    participants, issues, sources = defaultdict(list), defaultdict(list), defaultdict(list)
    rows = (MeetingParticipant.objects.filter(meeting_id__in=ids)
            .exclude(actor__review_status=ReviewStatus.REJECTED).order_by("id")
            .values_list("meeting_id", "actor_id", "actor__name", "actor__slug", "actor__kind",
                         "actor__country__iso2", "country__iso2"))
    for meeting_id, actor_id, name, slug, kind, actor_country, country in rows:
        participants[meeting_id].append(_actor(actor_id, name, slug, kind, actor_country, urls) if actor_id
                                        else {"country": country})
    rows = (MeetingIssue.objects.filter(meeting_id__in=ids).exclude(issue__review_status=ReviewStatus.REJECTED)
            .order_by("issue__name", "issue_id").values_list("meeting_id", "issue_id", "issue__name", "issue__slug"))
    for meeting_id, *issue in rows:
        issues[meeting_id].append(_issue(*issue, urls))
    rows = (MeetingSource.objects.filter(meeting_id__in=ids).order_by("article_id", "id")
            .values_list("meeting_id", "id", "evidence", "evidence_start", "evidence_end", "confidence",
                         "article_id", "article__title", "article__outlet", "article__published_date", "article__url"))
    for meeting_id, pk, evidence, start, end, confidence, *article in rows:
        sources[meeting_id].append(_source(pk, _article(*article, urls), evidence, start, end, confidence))
    return [_meeting(m, participants[m.pk], issues[m.pk], sources[m.pk], urls) for m in meetings]


def meeting_detail(row, urls: Urls) -> dict:
    """MeetingDetailSerializer's fields: the list's, then the extractor's confidence and cue and the
    review and row times."""
    return {**meeting(row, urls), "confidence": row.confidence, "reason": row.reason,
            "reviewed_at": _datetime(row.reviewed_at), "created_at": _datetime(row.created_at),
            "updated_at": _datetime(row.updated_at)}


def _datetime(value):
    """As DRF's DateTimeField writes it (ISO 8601 in the current time zone, UTC as "Z")."""
    if value is None:
        return None
    text = timezone.localtime(value).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _meeting(meeting, participants: list, issues: list, sources: list, urls: Urls) -> dict:
    return {
        "id": meeting.pk,
        "url": urls("meeting-detail", pk=meeting.pk),
        "html_url": urls("diplomacy:meeting-detail", pk=meeting.pk),
        "kind": meeting.kind,
        "status": meeting.status,
        "date": _date(meeting.date),
        "date_precision": meeting.date_precision,
        "date_display": meeting.date_display,
        "location_name": meeting.location_name,
        "location_country": meeting.location_country.iso2 if meeting.location_country_id else None,
        "review_status": meeting.review_status,
        "participants": participants,
        "issues": issues,
        "sources": sources,
    }
