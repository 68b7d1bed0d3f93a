from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "wegwijzer.directory"
    label = "directory"
    verbose_name = _("Hulp in de buurt")
    default_auto_field = "django.db.models.BigAutoField"
