"""The editors' admin: review queue for meetings, and every knowledge-base model browsable.

Review decisions go through diplomacy.services (meeting_confirm / meeting_reject), never through
direct field edits in an action, so the admin and any other caller record a decision the same way.
"""
from django.contrib import admin, messages
from django.db.models import Case, IntegerField, Prefetch, Value, When

from diplomacy.models import (
    Actor, ActorAlias, ActorMention, ActorRole, Country, Issue, IssueAlias, Meeting, MeetingIssue,
    MeetingParticipant, MeetingSource, ReviewStatus,
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


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "review_status", "updated_at"]
    list_filter = ["review_status", "kind"]
    list_select_related = ["country"]
    search_fields = ["name", "slug", "aliases__name"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorAliasInline, ActorRoleInline]


@admin.register(ActorAlias)
class ActorAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "actor", "folded"]
    list_select_related = ["actor"]
    search_fields = ["name", "folded", "actor__name"]
    autocomplete_fields = ["actor", "article"]


@admin.register(ActorRole)
class ActorRoleAdmin(admin.ModelAdmin):
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
class IssueAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "review_status", "updated_at"]
    list_filter = ["review_status"]
    search_fields = ["name", "slug", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [IssueAliasInline]


@admin.register(IssueAlias)
class IssueAliasAdmin(admin.ModelAdmin):
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
    model = MeetingSource
    extra = 0
    fields = ["article", "evidence", ("evidence_start", "evidence_end"), ("confidence", "reason"), "extractor_version"]
    readonly_fields = ["extractor_version"]
    autocomplete_fields = ["article"]


# Unreviewed first, and among them the least confident: what an editor should look at next.
_REVIEW_ORDER = Case(
    When(review_status=ReviewStatus.PROPOSED, then=Value(0)),
    When(review_status=ReviewStatus.CONFIRMED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["id", "date_display", "kind", "status", "participant_names", "review_status", "confidence"]
    list_display_links = ["id", "date_display"]
    list_filter = ["review_status", "kind", "status", "date_precision"]
    list_select_related = ["location_country"]
    search_fields = ["participants__actor__name", "participants__country__name", "location_name", "sources__evidence"]
    date_hierarchy = "date"
    autocomplete_fields = ["location_country"]
    readonly_fields = ["reviewed_by", "reviewed_at", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kind", "status", ("date", "date_precision"), ("location_name", "location_country")]}),
        ("Review", {"fields": [
            "review_status", "review_note", ("confidence", "reason"), ("reviewed_by", "reviewed_at"),
        ]}),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]
    inlines = [MeetingParticipantInline, MeetingIssueInline, MeetingSourceInline]
    actions = ["confirm_meetings", "reject_meetings"]

    def get_queryset(self, request):
        participants = MeetingParticipant.objects.select_related("actor", "country").order_by("id")
        return super().get_queryset(request).prefetch_related(Prefetch("participants", queryset=participants))

    def get_ordering(self, request):
        return [_REVIEW_ORDER.asc(), "confidence", "-date", "-id"]

    @admin.display(description="Date", ordering="date")
    def date_display(self, obj):
        return obj.date_display or "—"

    @admin.display(description="Participants")
    def participant_names(self, obj):
        return ", ".join(str(p) for p in obj.participants.all())

    def _decide(self, request, queryset, decide, verb):
        # Imported here so the admin loads even while services.py is being written.
        from diplomacy import services

        count = 0
        for meeting in queryset:
            getattr(services, decide)(meeting=meeting, user=request.user)
            count += 1
        self.message_user(request, f"{verb} {count} meeting{'s' if count != 1 else ''}.", messages.SUCCESS)

    @admin.action(description="Confirm selected meetings", permissions=["change"])
    def confirm_meetings(self, request, queryset):
        self._decide(request, queryset, "meeting_confirm", "Confirmed")

    @admin.action(description="Reject selected meetings", permissions=["change"])
    def reject_meetings(self, request, queryset):
        self._decide(request, queryset, "meeting_reject", "Rejected")


@admin.register(MeetingParticipant)
class MeetingParticipantAdmin(admin.ModelAdmin):
    list_display = ["meeting", "actor", "country"]
    list_select_related = ["meeting", "actor", "country"]
    search_fields = ["actor__name", "country__name"]
    autocomplete_fields = ["meeting", "actor", "country", "article"]


@admin.register(MeetingIssue)
class MeetingIssueAdmin(admin.ModelAdmin):
    list_display = ["meeting", "issue"]
    list_select_related = ["meeting", "issue"]
    search_fields = ["issue__name"]
    autocomplete_fields = ["meeting", "issue", "article"]


@admin.register(MeetingSource)
class MeetingSourceAdmin(admin.ModelAdmin):
    list_display = ["meeting", "article", "short_evidence", "confidence", "extractor_version"]
    list_select_related = ["meeting", "article"]
    list_filter = ["extractor_version"]
    search_fields = ["evidence", "article__title"]
    autocomplete_fields = ["meeting", "article"]

    @admin.display(description="Evidence")
    def short_evidence(self, obj):
        return obj.evidence if len(obj.evidence) <= 120 else obj.evidence[:117] + "..."
