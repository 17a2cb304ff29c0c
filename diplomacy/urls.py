from django.contrib import admin
from django.urls import include, path

from diplomacy.health import healthz, readyz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("diplomacy.api.urls")),
    path("articles/", include("articles.urls")),
    path("", include("diplomacy.web_urls")),
]

handler404 = "diplomacy.api.errors.not_found"
handler500 = "diplomacy.api.errors.server_error"
