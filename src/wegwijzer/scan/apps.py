import logging

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScanConfig(AppConfig):
    name = "wegwijzer.scan"
    label = "scan"
    verbose_name = _("Loopbaanscan")

    def ready(self):
        # WeasyPrint logs each layout step of every PDF at INFO; the logs should hold what needs attention.
        logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
