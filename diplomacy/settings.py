"""Settings for the diplomatic relations knowledge base.

Everything that differs between a laptop, CI and production comes from the environment (see
diplomacy/env.py for the readers). With nothing set, the application runs on SQLite and executes
Celery tasks in-process, which is what `make run` relies on.
"""
import os
from pathlib import Path

import dj_database_url

from diplomacy.env import SettingError, envbool, envint, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = envbool("DJANGO_DEBUG", True)
SECRET_KEY = envstr("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise SettingError("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is false.")
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise SettingError("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is false.")

# Behind a TLS-terminating proxy in production: cookies only over HTTPS, HSTS, redirect plain HTTP.
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", [])
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("DJANGO_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = envbool("DJANGO_HSTS_PRELOAD", True)
    # Health checks come from the load balancer over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "diplomacy",
    "articles",
    # Who changed what in the knowledge base, shown on each object's admin history page (and revertible).
    "simple_history",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records request.user as the author of every history row written during a request.
    "simple_history.middleware.HistoryRequestMiddleware",
    "diplomacy.security.ContentSecurityPolicyMiddleware",
    "diplomacy.security.LoginThrottleMiddleware",
]
LOGIN_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 10)
LOGIN_FAILURE_WINDOW = envint("LOGIN_FAILURE_WINDOW", 900)

ROOT_URLCONF = "diplomacy.urls"
WSGI_APPLICATION = "diplomacy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# DATABASE_URL selects PostgreSQL (postgres://user@host:5432/name); without it, a local SQLite file.
DATABASE_URL = envstr("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60))}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": envstr("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {"timeout": 20},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"

# Celery: with CELERY_BROKER_URL set (redis://...), a real worker runs the tasks; without it, tasks run
# in-process when they are queued, so the embedded default needs no broker.
CELERY_BROKER_URL = envstr("CELERY_BROKER_URL") or "memory://"
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", not envstr("CELERY_BROKER_URL"))
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
# A task is acknowledged only after it ran, so a worker killed halfway leaves it on the queue; the
# task itself is idempotent (it claims the article with a conditional UPDATE).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Extraction is a long CPU-bound task: a process reserves one message at a time, so a message never
# waits behind a busy process while another one is idle.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# One pool process per core by default (the work is CPU-bound: more processes only share the cores).
CELERY_WORKER_CONCURRENCY = envint("CELERY_WORKER_CONCURRENCY", os.cpu_count() or 1)
# A pool process whose resident memory passes this (KiB) is replaced after its current task: a safety
# net, since one process holds ~230 MB with the model (docs/benchmarks.md).
CELERY_WORKER_MAX_MEMORY_PER_CHILD = envint("CELERY_WORKER_MAX_MEMORY_PER_CHILD", 1_000_000)
CELERY_WORKER_PRELOAD_MODEL = envbool("CELERY_WORKER_PRELOAD_MODEL", True)
CELERY_TASK_DEFAULT_QUEUE = envstr("CELERY_TASK_DEFAULT_QUEUE", "diplomacy")
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A message whose worker died unacknowledged goes back to the queue after this many seconds.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": envint("CELERY_VISIBILITY_TIMEOUT", 3600)}
CELERY_BEAT_SCHEDULE = {
    "poll-feeds": {"task": "articles.tasks.poll_feeds_task", "schedule": 300.0},
    "sweep-stuck-articles": {"task": "articles.tasks.sweep_articles_task", "schedule": 300.0},
}

# Reads are public unless API_READS_NEED_LOGIN is set; writes always need a token with the permission.
API_READS_NEED_LOGIN = envbool("API_READS_NEED_LOGIN", False)
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated" if API_READS_NEED_LOGIN
        else "rest_framework.permissions.IsAuthenticatedOrReadOnly"
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": envstr("API_THROTTLE_ANON", "120/min"),
        "user": envstr("API_THROTTLE_USER", "1200/min"),
    },
    "EXCEPTION_HANDLER": "diplomacy.api.errors.exception_handler",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "diplomacy.api.pagination.StandardPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}

# Browsers on these origins may call the API (comma-separated, e.g. https://dashboard.example.org).
CORS_ALLOWED_ORIGINS = envlist("CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/.*$"

# Throttling counts requests here; set CACHE_URL (redis://...) so that every web process shares it.
CACHE_URL = envstr("CACHE_URL")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Diplomatic relations knowledge base API",
    "DESCRIPTION": "Who met whom, when, where and about what, with the evidence for each fact.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "diplomacy.api.schema.add_error_responses",
    ],
    # Swagger UI and ReDoc from the drf-spectacular-sidecar package's static files: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Several models have a `kind` and a `status`; name each enum after its model so they do not collide.
    "ENUM_NAME_OVERRIDES": {
        "MeetingKindEnum": "diplomacy.models.meetings.Meeting.Kind",
        "ActorKindEnum": "diplomacy.models.actors.Actor.Kind",
        "MeetingStatusEnum": "diplomacy.models.meetings.Meeting.Status",
        "ArticleStatusEnum": "articles.models.Article.Status",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "diplomacy.logformat.JsonFormatter"},
    },
    # LOG_FORMAT=json for log collectors: one JSON object a line, with article_id / feed_id fields.
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": envstr("LOG_FORMAT", "plain")}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
}

# Fetching articles and feeds from the web. FETCH_ALLOWED_HOSTS lists hosts that may be fetched even
# though they resolve to private or loopback addresses (local testing only).
FETCH_ALLOWED_HOSTS = envlist("FETCH_ALLOWED_HOSTS", [])
FETCH_TIMEOUT = envint("FETCH_TIMEOUT", 15)
FETCH_MAX_BYTES = envint("FETCH_MAX_BYTES", 5_000_000)
# Transient failures (timeouts, 5xx) are retried with backoff up to this many attempts in all.
ARTICLE_MAX_ATTEMPTS = envint("ARTICLE_MAX_ATTEMPTS", 6)
# Seconds after which an article still `processing` is taken to have lost its worker.
ARTICLE_PROCESSING_TIMEOUT = envint("ARTICLE_PROCESSING_TIMEOUT", 900)
FEED_POLL_MINUTES = envint("FEED_POLL_MINUTES", 30)

# Where `make run` and `manage.py load_samples` find articles to load.
SAMPLE_ARTICLE_DIRS = [
    BASE_DIR.parent / "shared" / "eval" / "dev" / "corpus",
    BASE_DIR / "articles" / "samples",
]
