"""/api/v1/: the resources and the network on one router, and the OpenAPI schema.

Route names are not namespaced ("meeting-detail", "schema") so that serializers' hyperlinks and the
schema view can be reversed without knowing where this module is included.
"""
from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from diplomacy.api import views

router = DefaultRouter()
router.register("actors", views.ActorViewSet, basename="actor")
router.register("countries", views.CountryViewSet, basename="country")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("issues", views.IssueViewSet, basename="issue")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("feeds", views.FeedViewSet, basename="feed")
router.register("network", views.NetworkViewSet, basename="network")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view loads its start-up script from a URL: no inline script, so the CSP holds.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    *router.urls,
]
