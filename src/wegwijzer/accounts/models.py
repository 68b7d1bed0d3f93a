from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """What someone does on the platform; the permission matrix (docs/permissions.md) decides what each may see."""

    DEELNEMER = "deelnemer", _("Deelnemer")
    COACH = "coach", _("Coach")
    WERKGEVER = "werkgever", _("Werkgever")
    REGIO = "regio", _("Regio")
    AANBIEDER = "aanbieder", _("Aanbieder van opleidingen")
    BEHEERDER = "beheerder", _("Beheerder")


class User(AbstractUser):
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, default=Role.DEELNEMER)

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
