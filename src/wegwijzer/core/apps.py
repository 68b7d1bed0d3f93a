from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "wegwijzer.core"
    verbose_name = _("Basis")

    def ready(self):
        from .context_processors import theme_from_settings
        from .registry import autodiscover
        from .theme import ThemeError

        autodiscover()  # every app's plugin.py registers itself (core/registry.py)
        try:
            theme_from_settings()  # a wrong colour or logo stops the start, not the first page
        except ThemeError as error:
            raise ImproperlyConfigured(str(error)) from None
