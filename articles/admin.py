from django.contrib import admin
from django.db import models

from articles.models import Article
from diplomacy.models import MeetingSource


class MeetingSourceInline(admin.TabularInline):
    """What extraction found in this article, read-only: meetings are edited on their own page."""

    model = MeetingSource
    extra = 0
    fields = ["meeting", "evidence", "evidence_start", "evidence_end", "confidence"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published_date", "status", "extractor_version", "attempts", "updated_at"]
    list_filter = ["status", "extractor_version", "outlet"]
    search_fields = ["title", "url", "external_id"]
    date_hierarchy = "published_date"
    readonly_fields = [
        "content_hash", "status", "failure_reason", "extractor_version", "attempts", "processing_started_at",
        "extracted_at", "created_at", "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["title", "url", "external_id", "outlet", ("published_date", "published_time"), "language"]}),
        ("Text", {"fields": ["text", "content_hash"]}),
        ("Extraction", {"fields": [
            "status", "failure_reason", "extractor_version", "attempts", "processing_started_at", "extracted_at",
        ]}),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]
    inlines = [MeetingSourceInline]
    # Django 6 makes https the scheme assumed for a URL typed without one; opt in now.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
