from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightConfig(AppConfig):
    name = "wegwijzer.insight"
    label = "insight"
    verbose_name = _("Inzicht")

    def ready(self) -> None:
        from . import checks  # noqa: F401  (registers the threshold's system check)
