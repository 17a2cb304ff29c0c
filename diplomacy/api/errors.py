"""Errors as JSON a developer can act on, whatever went wrong.

Every error body has `detail` (a sentence) and `code` (a stable identifier); validation errors also have
`errors` with the message per field. A server error never shows a stack trace.
"""
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


class Conflict(exceptions.APIException):
    """The request contradicts the current state (e.g. merging a row into itself, or a merged-away row)."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state of the resource."
    default_code = "conflict"


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            errors = dict(exc.message_dict)
            if "__all__" in errors:  # Django's name for errors of no one field; DRF's is non_field_errors
                errors["non_field_errors"] = errors.pop("__all__")
            exc = exceptions.ValidationError(errors)
        else:
            exc = exceptions.ValidationError(exc.messages)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # Django's 500 handling (JSON for the API, see diplomacy.api.views.server_error)
    data = response.data
    if isinstance(exc, exceptions.ValidationError):
        fields = data if isinstance(data, dict) else {"non_field_errors": data}
        response.data = {
            "detail": "The request has invalid data; see `errors` for each field.",
            "code": "invalid", "errors": fields, **fields,
        }
    elif isinstance(data, dict) and "detail" in data:
        detail = data["detail"]
        response.data = {"detail": str(detail), "code": getattr(detail, "code", None) or exc.default_code}
    if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
        response.data["retry_after_seconds"] = int(exc.wait)
    return response


def json_error(status_code: int, detail: str, code: str) -> Response:
    return Response({"detail": detail, "code": code}, status=status_code)


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def not_found(request, exception=None):
    """404: JSON under /api/, Django's page elsewhere."""
    from django.http import JsonResponse
    from django.views.defaults import page_not_found

    if _is_api(request):
        return JsonResponse({"detail": f"No API resource at {request.path}.", "code": "not_found"}, status=404)
    return page_not_found(request, exception)


def server_error(request):
    """500: JSON under /api/ (no trace, ever), Django's page elsewhere."""
    from django.http import JsonResponse
    from django.views.defaults import server_error as django_server_error

    if _is_api(request):
        return JsonResponse({"detail": "The server failed to answer; the error was logged.", "code": "server_error"},
                            status=500)
    return django_server_error(request)
