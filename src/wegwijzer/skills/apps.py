from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SkillsConfig(AppConfig):
    name = "wegwijzer.skills"
    label = "skills"
    verbose_name = _("Vaardigheden")
    default_auto_field = "django.db.models.BigAutoField"
