from django.contrib import admin, messages
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from articles.admin_forms import UploadForm, UrlForm
from articles.feeds import feed_reset
from articles.ingestion import ingest_uploads
from articles.models import Article, Feed
from articles.services import article_ingest_url, article_reextract
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
    list_display = ["__str__", "outlet", "published_date", "status", "source", "language", "extractor_version",
                    "attempts", "updated_at"]
    list_filter = ["status", "source", "language", "extractor_version", "outlet"]
    search_fields = ["title", "url", "external_id", "source_name", "failure_reason"]
    actions = ["reextract_selected"]
    change_list_template = "admin/articles/article/change_list.html"
    date_hierarchy = "published_date"
    readonly_fields = [
        "content_hash", "status", "failure_reason", "extractor_version", "attempts", "processing_started_at",
        "extracted_at", "created_at", "updated_at", "source", "source_name", "feed", "canonical_url", "duplicate_of",
    ]
    fieldsets = [
        (None, {"fields": ["title", "url", "external_id", "outlet", "author", ("published_date", "published_time"),
                           "language"]}),
        ("Where it came from", {"fields": ["source", "source_name", "feed", "canonical_url", "duplicate_of"]}),
        ("Text", {"fields": ["text", "content_hash"]}),
        ("Extraction", {"fields": [
            "status", "failure_reason", "extractor_version", "attempts", "processing_started_at", "extracted_at",
        ]}),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]
    inlines = [MeetingSourceInline]
    # Django 6 makes https the scheme assumed for a URL typed without one; opt in now.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_urls(self):
        own = [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="articles_article_upload"),
            path("fetch/", self.admin_site.admin_view(self.fetch_view), name="articles_article_fetch"),
        ]
        return own + super().get_urls()

    def _form_page(self, request, form, title, submit):
        context = {**self.admin_site.each_context(request), "opts": self.model._meta, "form": form,
                   "title": title, "submit_label": submit}
        return TemplateResponse(request, "admin/articles/article/ingest_form.html", context)

    def upload_view(self, request):
        if not self.has_add_permission(request):
            return redirect("admin:articles_article_changelist")
        posted = request.method == "POST"
        form = UploadForm(request.POST if posted else None, request.FILES if posted else None)
        if request.method == "POST" and form.is_valid():
            report = ingest_uploads((f.name, f.read()) for f in form.cleaned_data["all_files"])
            self.message_user(request, f"Upload: {report.summary()}.",
                              messages.WARNING if report.failed else messages.SUCCESS)
            for name, reason in report.failed:
                self.message_user(request, f"{name}: {reason}", messages.ERROR)
            return redirect("admin:articles_article_changelist")
        return self._form_page(request, form, "Upload articles", "Upload")

    def fetch_view(self, request):
        if not self.has_add_permission(request):
            return redirect("admin:articles_article_changelist")
        form = UrlForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            created = sum(article_ingest_url(url=url, source=Article.Source.URL)[1] for url in form.cleaned_data["urls"])
            known = len(form.cleaned_data["urls"]) - created
            self.message_user(request, f"{created} URL(s) queued for fetching, {known} already known.")
            return redirect("admin:articles_article_changelist")
        return self._form_page(request, form, "Fetch articles from the web", "Fetch")

    @admin.action(description="Extract selected articles again (editors' decisions are kept)", permissions=["change"])
    def reextract_selected(self, request, queryset):
        queued = sum(article_reextract(article=a) for a in queryset.exclude(text=""))
        self.message_user(request, f"{queued} article(s) queued for extraction again.")


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "active", "status", "consecutive_failures", "last_polled_at", "next_poll_at"]
    list_filter = ["active", "status"]
    search_fields = ["url", "title", "last_error"]
    readonly_fields = ["status", "last_error", "consecutive_failures", "etag", "last_modified", "last_polled_at",
                       "next_poll_at", "created_at", "updated_at"]
    actions = ["poll_now"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.action(description="Poll selected feeds now (and clear their failures)", permissions=["change"])
    def poll_now(self, request, queryset):
        from articles.tasks import poll_feed_task

        for feed in queryset:
            feed_reset(feed=feed)
            poll_feed_task.delay(feed.pk)
        self.message_user(request, f"{queryset.count()} feed(s) queued for polling.")
