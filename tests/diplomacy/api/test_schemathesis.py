"""Property-based run of schemathesis against the OpenAPI schema, in-process: no server error, and no
answer that breaks the schema, for the inputs it generates for every operation."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.factories import ActorFactory, ArticleFactory, IssueFactory, country, meeting_with

pytestmark = pytest.mark.django_db

HYPOTHESIS = settings(
    max_examples=12, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


@pytest.fixture
def keep_test_connection():
    """Like Django's test client: a request must not close the connection that holds the test's transaction."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_every_operation_conforms_to_the_schema(keep_test_connection, editor):
    from django.core.wsgi import get_wsgi_application
    from rest_framework.authtoken.models import Token

    turkey, usa = country("TR", "Turkey"), country("US", "United States")
    a, b = ActorFactory(country=turkey), ActorFactory(country=usa)
    meeting_with(a, b, issues=[IssueFactory()], article=ArticleFactory(), location_country=turkey)
    meeting_with(ActorFactory(country=turkey), b, article=ArticleFactory())
    # Writes go with an editor's token, so that their answers (not only 401) are checked too.
    token = {"Authorization": f"Token {Token.objects.create(user=editor).key}"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", get_wsgi_application())

    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @HYPOTHESIS
        @given(case=operation.as_strategy())
        def conforms(case):
            headers = {"Host": "testserver", **(token if case.method.upper() != "GET" else {})}
            response = case.call(headers=headers)
            assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text[:300]}"
            # Reads are public by design ("accepts requests without authentication" is no failure), and a
            # 400 for input the schema cannot express (NUL characters in a query) is the right answer.
            case.validate_response(response, excluded_checks=[
                schemathesis.checks.ignored_auth, schemathesis.checks.positive_data_acceptance])

        conforms()
        checked.append(f"{operation.method.upper()} {operation.path}")
    assert "GET /api/v1/meetings/" in checked and "POST /api/v1/articles/" in checked
    assert {"POST /api/v1/meetings/{id}/confirm/", "POST /api/v1/meetings/{id}/reject/",
            "PATCH /api/v1/meetings/{id}/", "POST /api/v1/meetings/{id}/correct/", "POST /api/v1/meetings/merge/",
            "POST /api/v1/actors/merge/", "POST /api/v1/issues/merge/", "GET /api/v1/network/",
            "GET /api/v1/actors/{id}/counterparts/", "GET /api/v1/countries/{iso2}/relations/{partner}/"} <= set(checked)
