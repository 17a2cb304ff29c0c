from django.apps import AppConfig


class DiplomacyConfig(AppConfig):
    name = "diplomacy"
    verbose_name = "Knowledge base"

    def ready(self):
        from diplomacy import security  # noqa: F401  (connects the failed-login counter)
