"""Admin pages around the curation services: merge preview, duplicate suggestions, split, review buttons.

The pages only gather input, show what will happen and call diplomacy.curation; the rules are there.
"""
from __future__ import annotations

import copy

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from diplomacy import curation
from diplomacy.models import Meeting, MeetingSource, ReviewStatus


def _ids(value: str) -> list[int]:
    return [int(part) for part in value.replace(" ", "").split(",") if part.isdigit()]


class CurationAdminMixin:
    """Review actions, the merge preview and the duplicate suggestions for a model with
    `review_<model>` and `merge_<model>` permissions (Meta.permissions)."""

    merge_plan = None  # curation.<entity>_merge_plan
    merge_service = None  # curation.<entity>_merge
    suggestions = None  # curation.<entity>_duplicate_suggestions, or None

    # --- permissions (used by @admin.action(permissions=[...])) ---

    def _has(self, request, action):
        opts = self.model._meta
        return request.user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")

    def has_review_permission(self, request):
        return self._has(request, "review")

    def has_merge_permission(self, request):
        return self._has(request, "merge")

    # --- urls ---

    def _url_name(self, suffix):
        opts = self.model._meta
        return f"{opts.app_label}_{opts.model_name}_{suffix}"

    def get_urls(self):
        own = [path("merge/", self.admin_site.admin_view(self.merge_view), name=self._url_name("merge"))]
        if self.suggestions is not None:
            own.append(path("duplicates/", self.admin_site.admin_view(self.duplicates_view),
                            name=self._url_name("duplicates")))
        return own + super().get_urls()

    # --- merging ---

    @admin.action(description="Merge selected… (shows what will move first)", permissions=["merge"])
    def merge_selected(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.order_by("pk").values_list("pk", flat=True))
        return HttpResponseRedirect(f"{reverse('admin:' + self._url_name('merge'))}?ids={ids}")

    def default_survivor(self, rows):
        """The row an editor most likely keeps: a decided one, then the best known, then the oldest."""
        return sorted(rows, key=lambda r: (r.review_status != ReviewStatus.CONFIRMED, r.pk))[0]

    def merge_view(self, request):
        if not self.has_merge_permission(request):
            raise PermissionDenied
        source = request.POST if request.method == "POST" else request.GET
        ids = _ids(source.get("ids", ""))
        rows = list(self.model.objects.filter(pk__in=ids).order_by("pk"))
        changelist = reverse(f"admin:{self._url_name('changelist')}")
        if len(rows) < 2:
            self.message_user(request, "Choose at least two rows to merge.", messages.WARNING)
            return HttpResponseRedirect(changelist)
        chosen = [r for r in rows if str(r.pk) == source.get("survivor")]
        survivor = chosen[0] if chosen else self.default_survivor(rows)
        others = [r for r in rows if r.pk != survivor.pk]
        if request.method == "POST" and "merge" in request.POST:
            try:
                record = type(self).merge_service(survivor=survivor, others=others, user=request.user)
            except ValidationError as exc:
                self.message_user(request, "; ".join(exc.messages), messages.ERROR)
                return HttpResponseRedirect(changelist)
            self.message_user(
                request, f"Merged {len(record.merged_ids)} into “{survivor}”: "
                + ", ".join(f"{n} {kind}" for kind, n in record.moved.items()) + " moved.", messages.SUCCESS)
            return HttpResponseRedirect(reverse(f"admin:{self._url_name('change')}", args=[survivor.pk]))
        plan = type(self).merge_plan(survivor=survivor, others=others)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta, "title": f"Merge {self.model._meta.verbose_name_plural}",
            "rows": rows, "survivor": survivor, "plan": plan, "ids": ",".join(map(str, ids)),
            "moves": [(kind, names) for kind, names in plan.moves.items()],
        }
        return TemplateResponse(request, "admin/diplomacy/merge_preview.html", context)

    def duplicates_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta, "title": f"Likely duplicate {self.model._meta.verbose_name_plural}",
            "suggestions": type(self).suggestions(),
            "merge_url": reverse(f"admin:{self._url_name('merge')}"),
            "can_merge": self.has_merge_permission(request),
        }
        return TemplateResponse(request, "admin/diplomacy/duplicates.html", context)

    def changelist_view(self, request, extra_context=None):
        extra = {"duplicates_url": reverse(f"admin:{self._url_name('duplicates')}") if self.suggestions else ""}
        return super().changelist_view(request, {**extra, **(extra_context or {})})


class MeetingReviewMixin:
    """The review queue's own pages: reject with a reason, confirm and next, split a source off."""

    REVIEW_BUTTONS = {
        "_confirm": ("confirm", False), "_confirm_next": ("confirm", True),
        "_reject": ("reject", False), "_reject_next": ("reject", True),
    }

    def get_urls(self):
        own = [
            path("<int:meeting_id>/split/<int:source_id>/", self.admin_site.admin_view(self.split_view),
                 name="diplomacy_meeting_split"),
        ]
        return own + super().get_urls()

    @admin.action(description="Reject selected meetings with a reason…", permissions=["review"])
    def reject_with_reason(self, request, queryset):
        if "apply" in request.POST:
            note = request.POST.get("note", "").strip()
            for meeting in queryset:
                curation.meeting_reject(meeting=meeting, user=request.user, note=note)
            count = queryset.count()
            self.message_user(request, f"Rejected {count} meeting{'s' if count != 1 else ''}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta, "title": "Reject meetings", "meetings": queryset,
            "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
            "action": "reject_with_reason",
        }
        return TemplateResponse(request, "admin/diplomacy/reject_reason.html", context)

    def response_change(self, request, obj):
        pressed = next((name for name in self.REVIEW_BUTTONS if name in request.POST), None)
        if pressed is None or not self.has_review_permission(request):
            return super().response_change(request, obj)
        decision, go_next = self.REVIEW_BUTTONS[pressed]
        if decision == "confirm":
            curation.meeting_confirm(meeting=obj, user=request.user)
        else:
            curation.meeting_reject(meeting=obj, user=request.user, note=obj.review_note)
        self.message_user(request, f"{'Confirmed' if decision == 'confirm' else 'Rejected'} “{obj}”.", messages.SUCCESS)
        filters = request.GET.get("_changelist_filters", "")
        if not go_next:
            return HttpResponseRedirect(request.get_full_path())
        upcoming = self.next_in_queue(request, after=obj, filters=filters)
        if upcoming is None:
            self.message_user(request, "The queue is empty: nothing left to review here.", messages.INFO)
            return HttpResponseRedirect(reverse("admin:diplomacy_meeting_changelist") + (f"?{filters}" if filters else ""))
        url = reverse("admin:diplomacy_meeting_change", args=[upcoming.pk])
        if filters:
            query = QueryDict(mutable=True)
            query["_changelist_filters"] = filters
            url += f"?{query.urlencode()}"
        return HttpResponseRedirect(url)

    def next_in_queue(self, request, *, after: Meeting, filters: str) -> Meeting | None:
        """The next proposed meeting in the changelist's order, under the filters the editor came from."""
        listing = copy.copy(request)
        listing.GET = QueryDict(filters)
        listing.method = "GET"
        try:
            queryset = self.get_changelist_instance(listing).get_queryset(listing)
        except Exception:  # stale or invalid filters in the URL: fall back to the whole queue
            queryset = self.get_queryset(request).order_by(*self.get_ordering(request))
        return queryset.filter(review_status=ReviewStatus.PROPOSED).exclude(pk=after.pk).first()

    def split_view(self, request, meeting_id, source_id):
        if not self.has_merge_permission(request):
            raise PermissionDenied
        source = get_object_or_404(MeetingSource.objects.select_related("meeting", "article"),
                                   pk=source_id, meeting_id=meeting_id)
        if request.method == "POST":
            try:
                new = curation.meeting_split_source(source=source, user=request.user)
            except ValidationError as exc:
                self.message_user(request, "; ".join(exc.messages), messages.ERROR)
                return HttpResponseRedirect(reverse("admin:diplomacy_meeting_change", args=[meeting_id]))
            self.message_user(request, f"Split off into {new}: correct it below.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:diplomacy_meeting_change", args=[new.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta, "title": "Split a source off into its own meeting",
            "source": source, "meeting": source.meeting,
            "context_html": evidence_in_context(source),
            "remaining": source.meeting.sources.exclude(pk=source.pk).select_related("article"),
        }
        return TemplateResponse(request, "admin/diplomacy/split_confirm.html", context)


# --- rendering -------------------------------------------------------------------------------------


def evidence_in_context(source: MeetingSource) -> str:
    """The paragraph of the article around the evidence, with the evidence marked; escaped."""
    text = source.article.text or ""
    start, end = source.evidence_start, source.evidence_end
    if text[start:end] != source.evidence:
        return format_html("<mark>{}</mark>", source.evidence)  # the text changed since extraction
    begin = text.rfind("\n\n", 0, start)
    begin = 0 if begin < 0 else begin + 2
    stop = text.find("\n\n", end)
    stop = len(text) if stop < 0 else stop
    return format_html("{}<mark>{}</mark>{}", text[begin:start], text[start:end], text[end:stop])


def sources_in_context(meeting: Meeting, *, can_split: bool) -> str:
    sources = list(meeting.sources.select_related("article"))
    if not sources:
        return "No source."
    rows = []
    for source in sources:
        article = source.article
        split = ""
        if can_split and len(sources) > 1:
            split = format_html(
                '<a class="button" href="{}">Split off into its own meeting</a>',
                reverse("admin:diplomacy_meeting_split", args=[meeting.pk, source.pk]),
            )
        rows.append((
            reverse("admin:articles_article_change", args=[article.pk]), article, article.outlet or "—",
            article.published_date or "undated", evidence_in_context(source), source.reason or "—",
            f"{source.confidence:.2f}", split,
        ))
    items = format_html_join(
        "",
        '<li class="meeting-source"><p><a href="{}">{}</a> · {} · {}</p><blockquote>{}</blockquote>'
        "<p>Extractor: {} · confidence {} {}</p></li>",
        rows,
    )
    return format_html('<ol class="meeting-sources">{}</ol>', items)
