"""Additions to the generated OpenAPI schema: the error answers every operation can give."""

ERROR_SCHEMA = {
    "type": "object",
    "description": "Every error: a sentence and a stable code; validation errors add `errors` per field.",
    "properties": {
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": True},
        "retry_after_seconds": {"type": "integer"},
    },
    "required": ["detail", "code"],
    "additionalProperties": True,
}

ERRORS = {
    "400": "Invalid parameters or body; `errors` says what is wrong with each field.",
    "401": "Authentication needed (send `Authorization: Token KEY`).",
    "403": "Authenticated, but not allowed to do this.",
    "404": "No such resource (or no such page of results).",
    "409": "The request conflicts with the current state.",
    "429": "Too many requests; `retry_after_seconds` says when to try again.",
}


def add_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: document the JSON errors of diplomacy.api.errors everywhere."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    ref = {"$ref": "#/components/schemas/Error"}
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for code, description in ERRORS.items():
                if code == "409" and method == "get":
                    continue
                answer = operation["responses"].setdefault(code, {"description": description})
                # An error an operation documents itself (e.g. its own 409 wording) still has the Error body.
                answer.setdefault("content", {"application/json": {"schema": ref}})
            if method == "get" and "{" in next(k for k, v in result["paths"].items() if v is path_item):
                operation["responses"].setdefault("304", {"description": "Not modified since the ETag or date sent."})
    return result
