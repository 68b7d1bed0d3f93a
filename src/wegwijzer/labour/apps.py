from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LabourConfig(AppConfig):
    name = "wegwijzer.labour"
    label = "labour"
    verbose_name = _("Werk en kansen")
