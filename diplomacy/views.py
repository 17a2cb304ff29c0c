"""Public HTML pages and exports. Each view asks selectors.py (or search.py) for its data and renders;
no logic lives here. Every list of meetings is paginated, so a page costs the same number of queries
for an actor with three meetings or three thousand (tests/diplomacy/test_views.py pins the counts)."""
from functools import cached_property, wraps

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render

from diplomacy import denorm, exports, search, selectors
from diplomacy.filtersets import ActorFilterSet, IssueFilterSet, MeetingFilterSet

PAGE_SIZE = 50
ACTOR_PAGE_SIZE = 25
SIDEBAR_ROWS = 25


# Lists count their rows up to this many; beyond it the page says "10,000+" and offers the first
# COUNT_CAP rows' pages. Counting every TR meeting on each request costs more than the page itself at
# 1M meetings, and nobody pages past the 200th page: filters narrow a list.
COUNT_CAP = 10_000


class CappedPaginator(Paginator):
    """A Paginator whose count stops at `cap` (one bounded COUNT over a LIMITed id subquery).

    With `cache_key` (and the request's data `version`), the count and each page's ids are cached
    (diplomacy.denorm.cached) and the page's rows are fetched by id through `shape`: a page of the
    busiest actor's 7,600 meetings then costs an id lookup instead of sorting all of them."""

    def __init__(self, object_list, per_page, cap: int = COUNT_CAP, *, cache_key: tuple | None = None,
                 version: int = 0, shape=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.cap = cap
        self.capped = False
        self.cache_key, self.version, self.shape = cache_key, version, shape

    def _count_rows(self) -> int:
        rows = self.object_list
        if hasattr(rows, "values"):
            # No ORDER BY and no joined columns in the counted subquery: only the ids up to the cap.
            return rows.order_by().values("pk")[:self.cap + 1].count()
        return len(rows)

    @cached_property
    def count(self) -> int:
        if self.cache_key is None:
            found = self._count_rows()
        else:
            found = denorm.cached((*self.cache_key, "count", self.cap), self._count_rows, version=self.version)
        self.capped = found > self.cap
        return min(found, self.cap)

    @property
    def count_display(self) -> str:
        return f"{self.count:,}+" if self.count and self.capped else f"{self.count:,}"

    def page(self, number):
        if self.cache_key is None:
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        ids = denorm.cached(
            (*self.cache_key, "page", self.per_page, number),
            lambda: list(self.object_list.values_list("pk", flat=True)[bottom:bottom + self.per_page]),
            version=self.version,
        )
        by_id = {row.pk: row for row in self.shape.filter(pk__in=ids)}
        return self._get_page([by_id[pk] for pk in ids if pk in by_id], number, self)


def _page(request, queryset, per_page=PAGE_SIZE, **cache):
    return CappedPaginator(queryset, per_page, **cache).get_page(request.GET.get("page"))


def _meeting_cache(request, version: int, *key) -> dict:
    """Paginator arguments that cache a meeting list's count and pages under the view's own key and
    every GET parameter but the page."""
    return {"cache_key": (*key, _querystring_without_page(request)), "version": version,
            "shape": selectors.meeting_queryset()}


def _version(request) -> int:
    """The data version, read once per request (diplomacy.denorm)."""
    if not hasattr(request, "data_version"):
        request.data_version = denorm.data_version()
    return request.data_version


def cached_page(view):
    """Keep the HTML of a successful answer under the data version and the full path: the heaviest
    pages (the busiest actor, TR-US) then cost one version read and a cache hit until the data
    changes. The pages hold nothing that depends on who asks (no user name, no CSRF token)."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = denorm.cache_seconds()
        if request.method != "GET" or not seconds:
            return view(request, *args, **kwargs)
        key = denorm.cache_key(("html", request.get_full_path()), _version(request))
        content = cache.get(key)
        if content is not None:
            return HttpResponse(content)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            cache.set(key, response.content, seconds)
        return response
    return wrapper


def _querystring_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def _meeting_filterset(request) -> MeetingFilterSet:
    # The same FilterSet the API uses, over the same selector, so /meetings/?… and /api/v1/meetings/?…
    # give the same rows.
    return MeetingFilterSet(request.GET or None, queryset=selectors.meeting_queryset())


def home(request):
    return render(request, "diplomacy/home.html", {
        "meetings": selectors.latest_meetings(limit=10),
        "counts": selectors.home_counts(),
    })


@cached_page
def search_page(request):
    query = request.GET.get("q", "")
    results = denorm.cached(("search", query), lambda: search.search(query), version=_version(request))
    return render(request, "diplomacy/search.html", {"results": results, "query": query})


# Meetings -------------------------------------------------------------------------------------------

@cached_page
def meeting_list(request):
    filterset = _meeting_filterset(request)
    return render(request, "diplomacy/meeting_list.html", {
        "filterset": filterset,
        "page": _page(request, filterset.qs, **_meeting_cache(request, _version(request), "meetings")),
        "querystring": _querystring_without_page(request),
    })


def meeting_export(request):
    """The filtered meeting list as CSV, streamed: an export of every meeting never sits in memory."""
    meetings = _meeting_filterset(request).qs.iterator(chunk_size=500)
    base_url = request.build_absolute_uri("/").rstrip("/")
    response = StreamingHttpResponse(exports.meetings_csv(meetings, base_url=base_url),
                                     content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="meetings.csv"'
    return response


def meeting_detail(request, pk: int):
    return render(request, "diplomacy/meeting_detail.html", {"meeting": selectors.meeting_detail(pk=pk)})


# Actors ---------------------------------------------------------------------------------------------

def actor_list(request):
    filterset = ActorFilterSet(request.GET or None, queryset=selectors.actor_list())
    return render(request, "diplomacy/actor_list.html", {
        "filterset": filterset,
        "page": _page(request, filterset.qs),
        "querystring": _querystring_without_page(request),
    })


@cached_page
def actor_detail(request, slug: str):
    actor = selectors.actor_page(slug=slug)
    # ?with=<slug> narrows the timeline and the list to the meetings with one counterpart.
    with_actor = None
    if request.GET.get("with"):
        with_actor = get_object_or_404(selectors.public_actors(), slug=request.GET["with"])
    meetings = selectors.actor_meeting_queryset(actor=actor, with_actor=with_actor)
    version = _version(request)
    key = ("actor", actor.pk, with_actor.pk if with_actor else None)
    page = _page(request, meetings, per_page=ACTOR_PAGE_SIZE, **_meeting_cache(request, version, *key))
    page.object_list = selectors.with_counterparts(page.object_list, actor=actor)
    return render(request, "diplomacy/actor_detail.html", {
        "actor": actor,
        "with_actor": with_actor,
        "page": page,
        "querystring": _querystring_without_page(request),
        "per_month": denorm.cached((*key, "per_month"), lambda: selectors.meetings_per_month(meetings=meetings),
                                   version=version),
        "counterparts": denorm.cached(
            ("actor", actor.pk, "counterparts"),
            lambda: selectors.actor_counterparts(actor=actor, limit=SIDEBAR_ROWS), version=version),
        "issues": denorm.cached(
            (*key, "issues"), lambda: selectors.meeting_issue_counts(meetings=meetings, limit=SIDEBAR_ROWS),
            version=version),
        "articles": denorm.cached(("actor", actor.pk, "articles"),
                                  lambda: list(selectors.actor_articles(actor=actor)[:SIDEBAR_ROWS]), version=version),
    })


# Issues ---------------------------------------------------------------------------------------------

def issue_list(request):
    filterset = IssueFilterSet(request.GET or None, queryset=selectors.issue_list())
    return render(request, "diplomacy/issue_list.html", {
        "filterset": filterset,
        "page": _page(request, filterset.qs),
        "querystring": _querystring_without_page(request),
    })


@cached_page
def issue_detail(request, slug: str):
    issue = selectors.issue_detail(slug=slug)
    meetings = selectors.issue_meetings(issue=issue)
    return render(request, "diplomacy/issue_detail.html", {
        "issue": issue,
        "page": _page(request, meetings),
        "querystring": _querystring_without_page(request),
        "per_month": selectors.meetings_per_month(meetings=meetings),
        "participants": selectors.meeting_participant_counts(meetings=meetings, limit=SIDEBAR_ROWS),
    })


# Countries ------------------------------------------------------------------------------------------

def country_list(request):
    return render(request, "diplomacy/country_list.html", {"countries": selectors.active_countries()})


@cached_page
def country_detail(request, iso2: str):
    country = selectors.country_detail(iso2=iso2)
    meetings = selectors.country_meetings(country=country)
    return render(request, "diplomacy/country_detail.html", {
        "country": country,
        "actors": selectors.country_actors(country=country)[:SIDEBAR_ROWS],
        "partners": selectors.country_partners(country=country, limit=SIDEBAR_ROWS),
        "issues": selectors.meeting_issue_counts(meetings=meetings, limit=SIDEBAR_ROWS),
        "per_month": selectors.meetings_per_month(meetings=meetings),
        "page": _page(request, meetings),
        "querystring": _querystring_without_page(request),
    })


@cached_page
def country_pair(request, iso2: str, other: str):
    country = selectors.country_detail(iso2=iso2)
    partner = selectors.country_detail(iso2=other)
    if country == partner:
        raise Http404("A country's relations with itself: see its own page.")
    meetings = selectors.country_meetings(country=country, partner=partner)
    version = _version(request)
    key = ("pair", country.pk, partner.pk)

    def cached(name, compute):
        return denorm.cached((*key, name), compute, version=version)

    return render(request, "diplomacy/country_pair.html", {
        "country": country,
        "partner": partner,
        "participants": cached(
            "participants", lambda: selectors.meeting_participant_counts(meetings=meetings, limit=SIDEBAR_ROWS)),
        "places": cached("places", lambda: selectors.meeting_place_counts(meetings=meetings)),
        "issues": cached("issues", lambda: selectors.meeting_issue_counts(meetings=meetings, limit=SIDEBAR_ROWS)),
        "per_month": cached("per_month", lambda: selectors.meetings_per_month(meetings=meetings)),
        "page": _page(request, meetings, **_meeting_cache(request, version, *key)),
        "querystring": _querystring_without_page(request),
    })


# The network ----------------------------------------------------------------------------------------

def graph(request):
    filterset = _meeting_filterset(request)
    network = selectors.network(meetings=filterset.qs)
    return render(request, "diplomacy/graph.html", {
        "filterset": filterset,
        "network": network,
        "graph_data": network.as_json(),
        "querystring": request.GET.urlencode(),
    })


def graph_export(request):
    network = selectors.network(meetings=_meeting_filterset(request).qs, max_edges=20_000)
    base_url = request.build_absolute_uri("/").rstrip("/")
    description = f"Who met whom; filters: {request.GET.urlencode() or 'none'}"
    response = HttpResponse(exports.network_gexf(network, base_url=base_url, description=description),
                            content_type="application/gexf+xml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="network.gexf"'
    return response
