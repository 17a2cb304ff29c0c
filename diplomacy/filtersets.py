"""FilterSets shared by the HTML lists (views.py) and the API viewsets (api/views.py).

One FilterSet per model, so a filter added here works on /meetings/?... and /api/v1/meetings/?... alike.
Filters that go through a to-many relation filter with `pk__in=<subquery>` rather than a join, so the
result never holds duplicates and needs no DISTINCT (which would fight with the list's prefetching and
ordering).
"""
import django_filters
from django import forms
from django.db.models import Q

from diplomacy.models import (
    Actor, Country, Issue, Meeting, MeetingCountry, MeetingIssue, MeetingParticipant, MeetingSource, ReviewStatus,
)
from diplomacy import search

# Rejected rows never reach a public list, so offering them as a choice would only ever match nothing.
PUBLIC_REVIEW_CHOICES = [(ReviewStatus.PROPOSED, "Unreviewed"), (ReviewStatus.CONFIRMED, "Confirmed")]


def _id_or_slug(value: str, prefix: str = "") -> Q:
    """`12` matches by primary key, anything else by slug: links can use either."""
    value = value.strip()
    if value.isdigit():
        return Q(**{f"{prefix}id": int(value)})
    return Q(**{f"{prefix}slug": value})


class MeetingFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Meeting.Kind.choices, empty_label="Any kind")
    status = django_filters.ChoiceFilter(choices=Meeting.Status.choices, empty_label="Held or planned")
    review_status = django_filters.ChoiceFilter(
        choices=PUBLIC_REVIEW_CHOICES, empty_label="Any review state", label="Review"
    )
    country = django_filters.CharFilter(
        method="filter_country", label="Country",
        help_text="ISO code, e.g. tr: a side, or a participant's country. Repeat for meetings between them.",
    )
    counterpart_country = django_filters.CharFilter(
        method="filter_country", label="Met with",
        help_text="ISO code, e.g. us: with `country`, the meetings between the two countries.",
    )
    actor = django_filters.CharFilter(
        method="filter_participant", label="Actor",
        help_text="Actor slug or id. Repeat for meetings of them together.",
    )
    # The first name of `actor`, kept so that links and API clients using it still work.
    participant = django_filters.CharFilter(
        method="filter_participant", label="Participant", help_text="Actor slug or id.",
        widget=forms.HiddenInput,
    )
    issue = django_filters.CharFilter(method="filter_issue", label="Issue", help_text="Issue slug or id.")
    date_after = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_before = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", label="Until", widget=forms.DateInput(attrs={"type": "date"})
    )
    source = django_filters.NumberFilter(method="filter_source", label="Source article id")
    q = django_filters.CharFilter(
        method="filter_q", label="Search",
        help_text="Names, place, issue or evidence.",
    )

    class Meta:
        model = Meeting
        fields = ["kind", "status", "review_status"]

    def _values(self, name, value) -> list[str]:
        # A repeated parameter (?country=tr&country=us) means all of them: meetings between the two.
        values = self.data.getlist(name) if hasattr(self.data, "getlist") else [value]
        return [v for v in values if v and v.strip()] or [value]

    def filter_country(self, queryset, name, value):
        # MeetingCountry holds each meeting's countries (its own sides and its actors'), with the date, so
        # one index range gives "TR since 2024" instead of an OR over every participant and its actor.
        # The ids are looked up first so that the planner sees the country itself (US is in 18% of the
        # meetings, most countries in a few hundred), not an average over countries.
        dates = self.form.cleaned_data if hasattr(self.form, "cleaned_data") else {}
        codes = [code.strip().upper() for code in self._values(name, value)]
        ids = dict(Country.objects.filter(iso2__in=codes).values_list("iso2", "pk"))
        for code in codes:
            sides = MeetingCountry.objects.filter(country_id=ids.get(code))
            if dates.get("date_after"):
                sides = sides.filter(date__gte=dates["date_after"])
            if dates.get("date_before"):
                sides = sides.filter(date__lte=dates["date_before"])
            queryset = queryset.filter(pk__in=sides.values("meeting_id"))
        return queryset

    def filter_participant(self, queryset, name, value):
        for one in self._values(name, value):
            participants = MeetingParticipant.objects.filter(_id_or_slug(one, "actor__"))
            queryset = queryset.filter(pk__in=participants.values("meeting_id"))
        return queryset

    def filter_issue(self, queryset, name, value):
        links = MeetingIssue.objects.filter(_id_or_slug(value, "issue__"))
        return queryset.filter(pk__in=links.values("meeting_id"))

    def filter_source(self, queryset, name, value):
        return queryset.filter(pk__in=MeetingSource.objects.filter(article_id=value).values("meeting_id"))

    def filter_q(self, queryset, name, value):
        # Names (typos and missing diacritics forgiven), places, countries, issues and evidence text.
        return queryset.filter(search.Search(value).meeting_condition())


class ActorFilterSet(django_filters.FilterSet):
    country = django_filters.CharFilter(method="filter_country", label="Country", help_text="ISO code, e.g. tr.")
    kind = django_filters.ChoiceFilter(choices=Actor.Kind.choices, empty_label="People and organisations")
    q = django_filters.CharFilter(method="filter_q", label="Name")

    class Meta:
        model = Actor
        fields = ["kind"]

    def filter_country(self, queryset, name, value):
        return queryset.filter(country__iso2=value.strip().upper())

    def filter_q(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        # Aliases are matched on their folded form so "Cavusoglu" finds "Çavuşoğlu", and typos forgiven.
        return queryset.filter(Q(name__icontains=value) | Q(pk__in=search.actor_ids(value)))


class IssueFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="Name")

    class Meta:
        model = Issue
        fields = []

    def filter_q(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(name__icontains=value) | Q(pk__in=search.issue_ids(value)))


class CountryFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="Name or code")
    sovereign = django_filters.BooleanFilter()

    class Meta:
        model = Country
        fields = ["sovereign", "historical"]

    def filter_q(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(name__icontains=value) | Q(official_name__icontains=value) | Q(iso2__iexact=value)
            | Q(iso3__iexact=value)
        )
