"""List filters for the editors' review queue (diplomacy.admin.MeetingAdmin)."""
import datetime as dt

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Q

from diplomacy.models import Country


class CountryFilter(admin.SimpleListFilter):
    """Meetings where a country takes part (as itself or through an actor of it) or that it hosts."""

    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        used = (
            Q(participations__isnull=False) | Q(actors__participations__isnull=False) | Q(meetings_hosted__isnull=False)
        )
        # Only countries that occur, so the list stays short; one query.
        return list(Country.objects.filter(used).distinct().order_by("name").values_list("iso2", "name"))

    def queryset(self, request, queryset):
        code = self.value()
        if not code:
            return queryset
        return queryset.filter(
            Q(participants__country__iso2=code) | Q(participants__actor__country__iso2=code)
            | Q(location_country__iso2=code)
        ).distinct()


class ConfidenceFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"
    BANDS = {"low": (0, 0.4), "medium": (0.4, 0.7), "high": (0.7, 1.01)}

    def lookups(self, request, model_admin):
        return [("low", "Low (< 0.4)"), ("medium", "Medium (0.4 – 0.7)"), ("high", "High (≥ 0.7)")]

    def queryset(self, request, queryset):
        band = self.BANDS.get(self.value())
        if band is None:
            return queryset
        return queryset.filter(confidence__gte=band[0], confidence__lt=band[1])


class DateRangeFilter(admin.FieldListFilter):
    """From and to dates for a DateField, typed into two inputs (the admin has no range filter of its own)."""

    template = "admin/diplomacy/date_range_filter.html"

    def __init__(self, field, request, params, model, model_admin, field_path):
        self.lookup_gte = f"{field_path}__gte"
        self.lookup_lte = f"{field_path}__lte"
        super().__init__(field, request, params, model, model_admin, field_path)
        self.title = f"{field.verbose_name} range"
        # The base class has taken our parameters out of `params`, as lists (Django 5); keep the last value.
        for name, value in list(self.used_parameters.items()):
            self.used_parameters[name] = value[-1] if isinstance(value, (list, tuple)) else value

    def expected_parameters(self):
        return [self.lookup_gte, self.lookup_lte]

    def has_output(self):
        return True

    def queryset(self, request, queryset):
        filters = {}
        for name, value in self.used_parameters.items():
            if not value:
                continue
            try:
                filters[name] = dt.date.fromisoformat(value)
            except ValueError as exc:
                raise admin.options.IncorrectLookupParameters(exc) from exc
        try:
            return queryset.filter(**filters)
        except ValidationError as exc:
            raise admin.options.IncorrectLookupParameters(exc) from exc

    def choices(self, changelist):
        # The template renders a small form; this keeps the other filters in hidden inputs.
        yield {
            "gte": self.used_parameters.get(self.lookup_gte, ""),
            "lte": self.used_parameters.get(self.lookup_lte, ""),
            "gte_name": self.lookup_gte,
            "lte_name": self.lookup_lte,
            "others": [
                (k, v) for k, v in changelist.get_filters_params().items()
                if k not in (self.lookup_gte, self.lookup_lte)
                for v in (v if isinstance(v, list) else [v])
            ],
            "query_string": changelist.get_query_string(remove=[self.lookup_gte, self.lookup_lte]),
        }
