"""Exports of a filtered meeting list for API clients, streamed in chunks so any size fits in memory.

CSV is the same file the HTML meeting list exports (diplomacy.exports, which also defuses spreadsheet
formulas in article text); JSON Lines is the API's own list representation, one meeting a line.
"""
import json

from django.http import StreamingHttpResponse

from diplomacy import exports

CHUNK = 500


def _chunks(queryset):
    """The queryset in primary-key order, CHUNK rows at a time, each chunk with its prefetches."""
    last = 0
    while True:
        rows = list(queryset.filter(pk__gt=last).order_by("pk")[:CHUNK])
        if not rows:
            return
        yield rows
        last = rows[-1].pk


def meetings_export(queryset, *, serializer_class, context, fmt: str) -> StreamingHttpResponse:
    if fmt == "csv":
        request = context.get("request")
        base_url = request.build_absolute_uri("/").rstrip("/") if request else ""
        meetings = (meeting for rows in _chunks(queryset) for meeting in rows)
        response = StreamingHttpResponse(exports.meetings_csv(meetings, base_url=base_url),
                                         content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="meetings.csv"'
        return response

    def jsonl_rows():
        for rows in _chunks(queryset):
            yield "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n"
                          for row in serializer_class(rows, many=True, context=context).data)

    response = StreamingHttpResponse(jsonl_rows(), content_type="application/x-ndjson; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="meetings.jsonl"'
    return response
