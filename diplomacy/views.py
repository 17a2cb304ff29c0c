"""Public HTML pages. Each view asks selectors.py for its data and renders; no logic lives here."""
from django.core.paginator import Paginator
from django.shortcuts import render

from diplomacy import selectors
from diplomacy.filtersets import ActorFilterSet, IssueFilterSet, MeetingFilterSet

PAGE_SIZE = 50


def _page(request, queryset, per_page=PAGE_SIZE):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def _querystring_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def home(request):
    return render(request, "diplomacy/home.html", {
        "meetings": selectors.latest_meetings(limit=10),
        "counts": selectors.home_counts(),
    })


def meeting_list(request):
    # The FilterSet is built here only to render its form; the rows come from the same selector the API
    # uses, so both apply identical filters.
    filterset = MeetingFilterSet(request.GET or None, queryset=selectors.meeting_queryset())
    return render(request, "diplomacy/meeting_list.html", {
        "filterset": filterset,
        "page": _page(request, filterset.qs),
        "querystring": _querystring_without_page(request),
    })


def meeting_detail(request, pk: int):
    return render(request, "diplomacy/meeting_detail.html", {"meeting": selectors.meeting_detail(pk=pk)})


def actor_list(request):
    filterset = ActorFilterSet(request.GET or None, queryset=selectors.actor_list())
    return render(request, "diplomacy/actor_list.html", {
        "filterset": filterset,
        "page": _page(request, filterset.qs),
        "querystring": _querystring_without_page(request),
    })


def actor_detail(request, slug: str):
    actor = selectors.actor_detail(slug=slug)
    meetings = selectors.actor_meetings(actor=actor)
    return render(request, "diplomacy/actor_detail.html", {
        "actor": actor,
        "meetings": meetings,
        "counterparts": selectors.actor_counterparts(meetings=meetings),
        "articles": selectors.actor_articles(actor=actor),
    })


def issue_list(request):
    filterset = IssueFilterSet(request.GET or None, queryset=selectors.issue_list())
    return render(request, "diplomacy/issue_list.html", {
        "filterset": filterset,
        "page": _page(request, filterset.qs),
        "querystring": _querystring_without_page(request),
    })


def issue_detail(request, slug: str):
    issue = selectors.issue_detail(slug=slug)
    return render(request, "diplomacy/issue_detail.html", {
        "issue": issue,
        "page": _page(request, selectors.issue_meetings(issue=issue)),
        "querystring": "",
    })


def country_detail(request, iso2: str):
    country = selectors.country_detail(iso2=iso2)
    return render(request, "diplomacy/country_detail.html", {
        "country": country,
        "actors": selectors.country_actors(country=country),
        "page": _page(request, selectors.country_meetings(country=country)),
        "querystring": "",
    })
