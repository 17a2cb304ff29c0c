"""The meeting representation of the API lists, written out by hand.

DRF's nested serializers built a 50-meeting page in about 230 ms at 1M meetings while its SQL took
10 ms (docs/benchmarks.md, "Scale"): a field object, a `get_attribute` and a `to_representation` per
value, and one `reverse()` per URL (some 460 a page). This writes the same dicts directly, and reverses
each route once per page, swapping the key into the URL it gave. MeetingSerializer stays the
description (schema, detail endpoint); tests/diplomacy/api/test_fast.py checks that both give the same
output for every kind of meeting.
"""
from django.urls import reverse

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
    return {"id": actor.pk, "name": actor.name, "slug": actor.slug, "kind": actor.kind,
            "country": actor.country.iso2 if actor.country_id else None,
            "url": urls("actor-detail", pk=actor.pk)}


def article_brief(article, urls: Urls) -> dict:
    return {"id": article.pk, "title": article.title, "outlet": article.outlet,
            "published_date": _date(article.published_date), "source_url": article.url,
            "url": urls("article-detail", pk=article.pk),
            "html_url": urls("articles:article-detail", pk=article.pk)}


def meeting(meeting, urls: Urls) -> dict:
    """MeetingSerializer's fields, from the rows meeting_queryset() prefetched."""
    participants = []
    for part in meeting.participants.all():
        if part.actor_id:
            participants.append(actor_brief(part.actor, urls))
        else:
            participants.append({"country": part.country.iso2})
    sources = []
    for source in meeting.sources.all():
        article = article_brief(source.article, urls)
        sources.append({
            "id": source.pk, "article": article, "evidence": source.evidence,
            "evidence_start": source.evidence_start, "evidence_end": source.evidence_end,
            "evidence_url": f"{article['html_url']}#evidence-{source.pk}", "confidence": float(source.confidence),
        })
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
        "issues": [{"id": issue.pk, "name": issue.name, "slug": issue.slug, "url": urls("issue-detail", pk=issue.pk)}
                   for issue in meeting.issues.all()],
        "sources": sources,
    }
