"""Pagination: cursors for long lists, page numbers (with totals) when a client asks for a `page`."""
from rest_framework.pagination import CursorPagination, PageNumberPagination

MAX_PAGE_SIZE = 500


class StandardPagination(PageNumberPagination):
    """Page-number pages with a total `count`; clients choose `page_size` up to a maximum."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE


class StableCursorPagination(CursorPagination):
    """Opaque `cursor` links that stay correct while rows are inserted; no total (it would cost a count)."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = "-id"

    def get_ordering(self, request, queryset, view):
        # The newest first by id: unique and never null, which a cursor needs (a date can be null).
        return (self.ordering,)


class CursorOrPagePagination:
    """Cursor pagination by default, for large lists; `?page=N` switches to numbered pages with totals.

    A request that asks for an `ordering` also gets numbered pages, since a cursor needs one fixed order.
    """

    def __init__(self):
        self._delegate = None

    def _choose(self, request):
        if "page" in request.query_params or "ordering" in request.query_params:
            return StandardPagination()
        return StableCursorPagination()

    def paginate_queryset(self, queryset, request, view=None):
        self._delegate = self._choose(request)
        return self._delegate.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        return self._delegate.get_paginated_response(data)

    def get_paginated_response_schema(self, schema):
        schema = StandardPagination().get_paginated_response_schema(schema)
        schema["properties"]["count"]["description"] = "Only with ?page=N."
        schema["required"] = [name for name in schema.get("required", []) if name != "count"]
        return schema

    def get_schema_operation_parameters(self, view):
        params = StableCursorPagination().get_schema_operation_parameters(view)
        names = {p["name"] for p in params}
        return params + [p for p in StandardPagination().get_schema_operation_parameters(view) if p["name"] not in names]

    @property
    def display_page_controls(self):
        return False

    def to_html(self):
        return ""
