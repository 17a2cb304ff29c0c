"""Clients for the API's personas: anonymous, a signed-in reader, an editor, and token clients."""
import pytest


def token_client(user):
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return api


def session_client(user):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_login(user)
    return api


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The personas' passwords are never checked here; a fast hasher saves a second per test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# persona -> the status a write answers (200 when allowed)
WRITE_EXPECTATIONS = {
    "anonymous": 401, "reader session": 403, "reader token": 403, "editor session": 200, "editor token": 200,
}


@pytest.fixture
def api_client_for(reader, editor):
    """api_client_for("editor token") -> an APIClient acting as that persona."""
    from rest_framework.test import APIClient

    def make(persona):
        return {
            "anonymous": APIClient,
            "reader session": lambda: session_client(reader),
            "reader token": lambda: token_client(reader),
            "editor session": lambda: session_client(editor),
            "editor token": lambda: token_client(editor),
        }[persona]()

    return make
