"""Exports of a filtered meeting list as CSV or JSON Lines, streamed in chunks so any size fits in memory."""
import csv
import io
import json

from django.http import StreamingHttpResponse

CHUNK = 500
CSV_COLUMNS = [
    "id", "date", "date_precision", "kind", "status", "review_status", "location_name", "location_country",
    "participants", "participant_countries", "issues", "evidence", "article_ids", "article_urls", "url",
]


def _chunks(queryset):
    """The queryset in primary-key order, CHUNK rows at a time, each chunk with its prefetches."""
    last = 0
    while True:
        rows = list(queryset.filter(pk__gt=last).order_by("pk")[:CHUNK])
        if not rows:
            return
        yield rows
        last = rows[-1].pk


def _flat(row: dict) -> dict:
    people = [p.get("name") or p.get("country") for p in row["participants"]]
    countries = sorted({p.get("country") for p in row["participants"] if p.get("country")})
    return {
        "id": row["id"], "date": row["date_display"], "date_precision": row["date_precision"], "kind": row["kind"],
        "status": row["status"], "review_status": row["review_status"], "location_name": row["location_name"],
        "location_country": row["location_country"] or "", "participants": "; ".join(people),
        "participant_countries": "; ".join(countries), "issues": "; ".join(i["name"] for i in row["issues"]),
        "evidence": " | ".join(s["evidence"] for s in row["sources"]),
        "article_ids": "; ".join(str(s["article"]["id"]) for s in row["sources"]),
        "article_urls": "; ".join(s["article"]["source_url"] or "" for s in row["sources"]),
        "url": row["html_url"],
    }


def meetings_export(queryset, *, serializer_class, context, fmt: str) -> StreamingHttpResponse:
    def csv_rows():
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for rows in _chunks(queryset):
            for row in serializer_class(rows, many=True, context=context).data:
                writer.writerow(_flat(row))
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    def jsonl_rows():
        for rows in _chunks(queryset):
            yield "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n"
                          for row in serializer_class(rows, many=True, context=context).data)

    if fmt == "csv":
        response = StreamingHttpResponse(csv_rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="meetings.csv"'
    else:
        response = StreamingHttpResponse(jsonl_rows(), content_type="application/x-ndjson; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="meetings.jsonl"'
    return response
