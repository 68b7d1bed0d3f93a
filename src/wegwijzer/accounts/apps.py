from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "wegwijzer.accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deploy check for views without a permission rule)
        from .staff import connect_guards

        connect_guards()
