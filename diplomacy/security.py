"""Security middleware: a Content-Security-Policy without inline scripts, and throttled admin logins."""
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpResponse

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    # Django's admin and Swagger UI set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


class ContentSecurityPolicyMiddleware:
    """Every HTML answer forbids inline and foreign scripts: article text that slipped through escaping
    still could not run."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        return response


def _login_key(request) -> str:
    address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    return f"login-failures:{address}"


@receiver(user_login_failed)
def count_failed_login(sender, credentials, request=None, **kwargs):
    key = _login_key(request)
    cache.add(key, 0, timeout=settings.LOGIN_FAILURE_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=settings.LOGIN_FAILURE_WINDOW)


class LoginThrottleMiddleware:
    """After LOGIN_FAILURE_LIMIT failed logins from one address in LOGIN_FAILURE_WINDOW seconds, the admin
    login form answers 429 until the window passes (a password cannot be guessed at speed)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path.endswith("/login/"):
            failures = cache.get(_login_key(request), 0)
            if failures >= settings.LOGIN_FAILURE_LIMIT:
                return HttpResponse(
                    "Too many failed logins from your address; try again in a few minutes.",
                    status=429, content_type="text/plain; charset=utf-8",
                    headers={"Retry-After": str(settings.LOGIN_FAILURE_WINDOW)},
                )
        return self.get_response(request)
