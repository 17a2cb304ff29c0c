from rest_framework.pagination import PageNumberPagination


class StandardPagination(PageNumberPagination):
    """Page-number pages with totals; clients choose `page_size` up to a maximum."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
