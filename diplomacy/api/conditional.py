"""ETag and Last-Modified on detail endpoints, and 304 Not Modified for conditional GETs."""
import hashlib
import json

from django.utils.http import http_date, parse_http_date_safe, quote_etag
from rest_framework import status
from rest_framework.response import Response


class ConditionalRetrieveMixin:
    """A detail answer carries an ETag (of its content) and Last-Modified (the row's `updated_at`, when it
    has one); a client that sends them back gets 304 without the body while nothing changed."""

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        data = self.get_serializer(instance).data
        body = json.dumps(data, sort_keys=True, default=str).encode()
        etag = quote_etag(hashlib.sha256(body).hexdigest()[:32])
        modified = getattr(instance, "updated_at", None)
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if modified is not None:
            headers["Last-Modified"] = http_date(modified.timestamp())

        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None:
            if etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*":
                return Response(status=status.HTTP_304_NOT_MODIFIED, headers=headers)
        elif modified is not None:
            since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
            if since is not None and int(modified.timestamp()) <= since:
                return Response(status=status.HTTP_304_NOT_MODIFIED, headers=headers)
        return Response(data, headers=headers)
