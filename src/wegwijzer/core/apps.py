from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "wegwijzer.core"
    verbose_name = _("Basis")

    def ready(self):
        from wegwijzer.core import registry

        registry.autodiscover()
