"""The editors' admin: the review queue for meetings, merging and splitting, every model browsable.

Review decisions, corrections, merges and splits go through diplomacy.curation, never through field
edits in an action, so the admin and any other caller record a decision the same way (and in history).
Who may do what: diplomacy/permissions.py.
"""
from django.contrib import admin, messages
from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from diplomacy import curation
from diplomacy.admin_curation import CurationAdminMixin, MeetingReviewMixin, sources_in_context
from diplomacy.admin_filters import ConfidenceFilter, CountryFilter, DateRangeFilter
from diplomacy.models import (
    Actor, ActorAlias, ActorMention, ActorRole, Country, Issue, IssueAlias, Meeting, MeetingIssue,
    MeetingParticipant, MeetingSource, MergeRecord, ReviewStatus,
)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "iso2", "iso3", "sovereign", "historical"]
    list_filter = ["sovereign", "historical"]
    search_fields = ["name", "official_name", "iso2", "iso3"]


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 0
    fields = ["name", "article"]
    raw_id_fields = ["article"]


class ActorRoleInline(admin.TabularInline):
    model = ActorRole
    extra = 0
    fields = ["title", "country", "first_seen", "last_seen", "article"]
    autocomplete_fields = ["country"]
    raw_id_fields = ["article"]


class ReviewActionsMixin:
    """Confirm and reject for actors and issues, through the curation services."""

    review_service = None

    def _review(self, request, queryset, status):
        for obj in queryset:
            type(self).review_service(obj, user=request.user, status=status)
        count = queryset.count()
        self.message_user(request, f"{ReviewStatus(status).label} {count} {self.model._meta.verbose_name_plural}.",
                          messages.SUCCESS)

    @admin.action(description="Confirm selected", permissions=["review"])
    def confirm_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.CONFIRMED)

    @admin.action(description="Reject selected", permissions=["review"])
    def reject_selected(self, request, queryset):
        self._review(request, queryset, ReviewStatus.REJECTED)


def _actor_review(actor, *, user, status):
    return curation.actor_review(actor=actor, user=user, status=status)


def _issue_review(issue, *, user, status):
    return curation.issue_review(issue=issue, user=user, status=status)


@admin.register(Actor)
class ActorAdmin(ReviewActionsMixin, CurationAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "review_status", "curated", "updated_at"]
    list_filter = ["review_status", "curated", "kind", ("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["country"]
    search_fields = ["name", "slug", "aliases__name"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["review_status", "curated"]
    inlines = [ActorAliasInline, ActorRoleInline]
    actions = ["confirm_selected", "reject_selected", "merge_selected"]
    review_service = _actor_review
    merge_plan = curation.actor_merge_plan
    merge_service = curation.actor_merge
    suggestions = curation.actor_duplicate_suggestions

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        if form.has_changed():
            curation.actor_correct(actor=obj, user=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and not form.has_changed() and any(f.has_changed() for f in formsets):
            curation.actor_correct(actor=form.instance, user=request.user)


@admin.register(ActorAlias)
class ActorAliasAdmin(SimpleHistoryAdmin):
    list_display = ["name", "actor", "folded"]
    list_select_related = ["actor"]
    search_fields = ["name", "folded", "actor__name"]
    autocomplete_fields = ["actor", "article"]


@admin.register(ActorRole)
class ActorRoleAdmin(SimpleHistoryAdmin):
    list_display = ["actor", "title", "country", "first_seen", "last_seen"]
    list_select_related = ["actor", "country"]
    search_fields = ["title", "actor__name"]
    autocomplete_fields = ["actor", "country", "article"]


@admin.register(ActorMention)
class ActorMentionAdmin(admin.ModelAdmin):
    list_display = ["name_in_text", "actor", "article"]
    list_select_related = ["actor", "article"]
    search_fields = ["name_in_text", "actor__name", "article__title"]
    autocomplete_fields = ["actor", "article"]


class IssueAliasInline(admin.TabularInline):
    model = IssueAlias
    extra = 0
    fields = ["name", "article"]
    raw_id_fields = ["article"]


@admin.register(Issue)
class IssueAdmin(ReviewActionsMixin, CurationAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "slug", "review_status", "updated_at"]
    list_filter = ["review_status"]
    search_fields = ["name", "slug", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["review_status"]
    inlines = [IssueAliasInline]
    actions = ["confirm_selected", "reject_selected", "merge_selected"]
    review_service = _issue_review
    merge_plan = curation.issue_merge_plan
    merge_service = curation.issue_merge


@admin.register(IssueAlias)
class IssueAliasAdmin(SimpleHistoryAdmin):
    list_display = ["name", "issue", "folded"]
    list_select_related = ["issue"]
    search_fields = ["name", "folded", "issue__name"]
    autocomplete_fields = ["issue", "article"]


class MeetingParticipantInline(admin.TabularInline):
    model = MeetingParticipant
    extra = 0
    fields = ["actor", "country", "article"]
    autocomplete_fields = ["actor", "country", "article"]


class MeetingIssueInline(admin.TabularInline):
    model = MeetingIssue
    extra = 0
    fields = ["issue", "article"]
    autocomplete_fields = ["issue", "article"]


class MeetingSourceInline(admin.StackedInline):
    """The sources as rows; reading them happens in "Sources in context", moving them by split or merge."""

    model = MeetingSource
    extra = 0
    fields = ["article", "evidence", ("evidence_start", "evidence_end"), ("confidence", "reason"), "extractor_version"]
    readonly_fields = ["article", "evidence", "evidence_start", "evidence_end", "confidence", "reason", "extractor_version"]
    classes = ["collapse"]

    def has_add_permission(self, request, obj=None):
        return False


# Unreviewed first, and among them the least confident: what an editor should look at next.
_REVIEW_ORDER = Case(
    When(review_status=ReviewStatus.PROPOSED, then=Value(0)),
    When(review_status=ReviewStatus.CONFIRMED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)

# Fields whose change is a correction (review_note alone is just the reason typed for a rejection).
_CORRECTED_FIELDS = {"kind", "status", "date", "date_precision", "location_name", "location_country"}


@admin.register(Meeting)
class MeetingAdmin(MeetingReviewMixin, CurationAdminMixin, SimpleHistoryAdmin):
    list_display = ["id", "date_display", "kind", "status", "participant_names", "evidence_and_title",
                    "review_status", "confidence", "created_at"]
    list_display_links = ["id", "date_display"]
    list_filter = [
        "review_status", "kind", "status", CountryFilter, ("participants__actor", admin.RelatedOnlyFieldListFilter),
        ("issues", admin.RelatedOnlyFieldListFilter), ("date", DateRangeFilter), ConfidenceFilter,
        ("sources__article__outlet", admin.AllValuesFieldListFilter), "curated", "date_precision",
    ]
    list_select_related = ["location_country"]
    search_fields = ["participants__actor__name", "participants__country__name", "location_name", "sources__evidence"]
    # No date_hierarchy: the date range filter does its job in one query fewer (the list's query count is pinned).
    autocomplete_fields = ["location_country"]
    readonly_fields = ["review_status", "reviewed_by", "reviewed_at", "confidence", "reason", "curated",
                       "split_from", "created_at", "updated_at", "sources_in_context"]
    fieldsets = [
        (None, {"fields": ["kind", "status", ("date", "date_precision"), ("location_name", "location_country")]}),
        ("Sources in context", {"fields": ["sources_in_context"]}),
        ("Review", {"fields": [
            "review_status", "review_note", ("confidence", "reason"), ("reviewed_by", "reviewed_at"),
            ("curated", "split_from"),
        ]}),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]
    inlines = [MeetingParticipantInline, MeetingIssueInline, MeetingSourceInline]
    actions = ["confirm_meetings", "reject_meetings", "reject_with_reason", "merge_selected"]
    merge_plan = curation.meeting_merge_plan
    merge_service = curation.meeting_merge
    suggestions = curation.meeting_duplicate_suggestions

    class Media:
        js = ["admin/diplomacy/review.js"]
        css = {"all": ["admin/diplomacy/review.css"]}

    def get_queryset(self, request):
        participants = MeetingParticipant.objects.select_related("actor", "country").order_by("id")
        sources = MeetingSource.objects.select_related("article").order_by("id")
        return super().get_queryset(request).prefetch_related(
            Prefetch("participants", queryset=participants), Prefetch("sources", queryset=sources)
        )

    def get_ordering(self, request):
        return [_REVIEW_ORDER.asc(), "confidence", "-date", "-id"]

    @admin.display(description="Date", ordering="date")
    def date_display(self, obj):
        return obj.date_display or "—"

    @admin.display(description="Participants")
    def participant_names(self, obj):
        return ", ".join(str(p) for p in obj.participants.all())

    @admin.display(description="Evidence")
    def evidence_and_title(self, obj):
        sources = obj.sources.all()
        if not sources:
            return "—"
        first = sources[0]
        more = f" (+{len(sources) - 1} more)" if len(sources) > 1 else ""
        return format_html('{}<br><small class="source-title">{}{}</small>', first.evidence, first.article, more)

    @admin.display(description="Sources")
    def sources_in_context(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        # The split page itself checks the merge permission; only editors and staff reach this page.
        return sources_in_context(obj, can_split=True)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_review"] = self.has_review_permission(request) and obj is not None
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        # Compared with the row, not the form's initial values: a revert from the history page starts
        # its form from the old version, so the form alone sees no change.
        current = Meeting.objects.get(pk=obj.pk)
        corrected = [name for name in sorted(_CORRECTED_FIELDS)
                     if getattr(current, obj._meta.get_field(name).attname) != getattr(obj, obj._meta.get_field(name).attname)]
        reverting = "/history/" in request.path
        if corrected:
            verb = "Reverted" if reverting else "Corrected"
            curation.meeting_correct(meeting=obj, user=request.user, reason=f"{verb} {', '.join(corrected)}")
        elif form.has_changed() or reverting:
            super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        changed = [str(f.model._meta.verbose_name_plural) for f in formsets if f.has_changed()]
        if change and changed:
            curation.meeting_correct(meeting=form.instance, user=request.user, reason=f"Corrected {', '.join(changed)}")

    def _decide(self, request, queryset, decide, verb):
        count = 0
        for meeting in queryset:
            decide(meeting=meeting, user=request.user)
            count += 1
        self.message_user(request, f"{verb} {count} meeting{'s' if count != 1 else ''}.", messages.SUCCESS)

    @admin.action(description="Confirm selected meetings", permissions=["review"])
    def confirm_meetings(self, request, queryset):
        self._decide(request, queryset, curation.meeting_confirm, "Confirmed")

    @admin.action(description="Reject selected meetings", permissions=["review"])
    def reject_meetings(self, request, queryset):
        self._decide(request, queryset, curation.meeting_reject, "Rejected")


@admin.register(MeetingParticipant)
class MeetingParticipantAdmin(SimpleHistoryAdmin):
    list_display = ["meeting", "actor", "country"]
    list_select_related = ["meeting", "actor", "country"]
    search_fields = ["actor__name", "country__name"]
    autocomplete_fields = ["meeting", "actor", "country", "article"]


@admin.register(MeetingIssue)
class MeetingIssueAdmin(SimpleHistoryAdmin):
    list_display = ["meeting", "issue"]
    list_select_related = ["meeting", "issue"]
    search_fields = ["issue__name"]
    autocomplete_fields = ["meeting", "issue", "article"]


@admin.register(MeetingSource)
class MeetingSourceAdmin(SimpleHistoryAdmin):
    list_display = ["meeting", "article", "short_evidence", "confidence", "extractor_version"]
    list_select_related = ["meeting", "article"]
    list_filter = ["extractor_version"]
    search_fields = ["evidence", "article__title"]
    autocomplete_fields = ["meeting", "article"]

    @admin.display(description="Evidence")
    def short_evidence(self, obj):
        return obj.evidence if len(obj.evidence) <= 120 else obj.evidence[:117] + "..."


@admin.register(MergeRecord)
class MergeRecordAdmin(admin.ModelAdmin):
    """Read-only: the record of merges is written by the merge services and never edited."""

    list_display = ["merged_at", "kind", "survivor_label", "merged_labels", "moved", "merged_by"]
    list_filter = ["kind"]
    search_fields = ["survivor_label"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
