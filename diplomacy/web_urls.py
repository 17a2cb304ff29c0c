from django.urls import path, register_converter

from diplomacy import views


class _Iso2Converter:
    # Lowercase in URLs (/countries/tr/); the selector upper-cases for the lookup.
    regex = "[a-z]{2}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value.lower()


register_converter(_Iso2Converter, "iso2")

app_name = "diplomacy"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search_page, name="search"),
    path("meetings/", views.meeting_list, name="meeting-list"),
    path("meetings/export.csv", views.meeting_export, name="meeting-export"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting-detail"),
    path("actors/", views.actor_list, name="actor-list"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("issues/", views.issue_list, name="issue-list"),
    path("issues/<slug:slug>/", views.issue_detail, name="issue-detail"),
    path("countries/", views.country_list, name="country-list"),
    path("countries/<iso2:iso2>/", views.country_detail, name="country-detail"),
    path("countries/<iso2:iso2>/<iso2:other>/", views.country_pair, name="country-pair"),
    path("graph/", views.graph, name="graph"),
    path("graph/export.gexf", views.graph_export, name="graph-export"),
]
