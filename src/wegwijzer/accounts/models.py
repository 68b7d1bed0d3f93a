"""Accounts, organisations, consent and the access log: who may see what of a person, and who did look.

A person's answers, plan and notes are theirs. A coach sees them only with a Consent the person gave to that coach;
an employer sees one item only when the person shares it; a region sees counts only. Every time someone other than
the person opens their data, an AccessLog record says who, what, when and why.
"""

import secrets

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .fields import EncryptedTextField


class Role(models.TextChoices):
    """What someone does on the platform; the permission matrix (docs/permissions.md) decides what each may see."""

    DEELNEMER = "deelnemer", _("Deelnemer")
    COACH = "coach", _("Coach")
    WERKGEVER = "werkgever", _("Werkgever")
    REGIO = "regio", _("Regio")
    AANBIEDER = "aanbieder", _("Aanbieder van opleidingen")
    BEHEERDER = "beheerder", _("Beheerder")


# Roles that may (optionally) turn on a two-step login; they see other people's data or organisation figures.
TWO_STEP_ROLES = frozenset({Role.COACH, Role.WERKGEVER, Role.REGIO, Role.BEHEERDER})

# A coach code has no 0/O or 1/I, so it can be read out over the phone.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class Organisation(models.Model):
    """An employer, a municipality or labour-market region, a sector's O&O-fonds, or a provider of learning offers.

    Employers and regions see aggregated figures of the people linked to them, never an individual.
    An employer may belong to a region, so a region's figures include the people of its employers.
    An O&O-fonds (a sector's training and development fund) grants learning budgets to the workers of its sector
    through a code (budget app); its people log in with the role werkgever, the role that grants and sees totals.
    """

    class Kind(models.TextChoices):
        WERKGEVER = "werkgever", _("Werkgever")
        REGIO = "regio", _("Gemeente of regio")
        FONDS = "fonds", _("O&O-fonds van een sector")
        AANBIEDER = "aanbieder", _("Aanbieder van opleidingen")

    name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    region = models.ForeignKey(
        "self",
        verbose_name=_("regio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_organisations",
        limit_choices_to={"kind": Kind.REGIO},
    )

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class WegwijzerUserManager(UserManager):
    def create_superuser(self, username, email=None, password=None, **extra_fields):
        extra_fields.setdefault("role", Role.BEHEERDER)  # staff is always a beheerder (see the constraint below)
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, default=Role.DEELNEMER)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="users",
        help_text=_("Voor werkgever, regio en aanbieder: waar ze werken. Voor een deelnemer: wie uitnodigde."),
    )
    coach_code = models.CharField(
        _("coachcode"),
        max_length=12,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Een deelnemer geeft een coach toegang met deze code."),
    )

    objects = WegwijzerUserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        # A staff account is a beheerder and never a participant, so it holds no answers or plans (accounts/staff.py).
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_staff=False) | models.Q(role="beheerder"), name="staff_is_beheerder"
            )
        ]

    def save(self, *args, **kwargs):
        if self.role == Role.COACH and not self.coach_code:
            self.coach_code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username


class DataCategory(models.TextChoices):
    """The parts of a person's data that `has_access(viewer, person, what)` knows about; apps may use their own."""

    ACCOUNT = "account", _("Je accountgegevens")
    SCAN = "scan", _("Je antwoorden en je advies")
    SENSITIVE = "gevoelig", _("Je gevoelige antwoorden (gezondheid, schulden)")
    PLAN = "ontwikkelplan", _("Je ontwikkelplan")
    OVERVIEW = "overzicht", _("Wat je met je coach deelt")


def data_category_label(what: str) -> str:
    """A DataCategory value as the person reads it; an app's own value as it is."""
    return DataCategory(what).label if what in DataCategory.values else what


class Consent(models.Model):
    """One consent a person gave: what, to whom, when, and its withdrawal (withdrawn_at stays empty until then)."""

    class Subject(models.TextChoices):
        COACH_ACCESS = "coach_access", _("Een coach mag met je meekijken")
        SENSITIVE_ANSWERS = "sensitive_answers", _("Wegwijzer mag je gevoelige antwoorden bewaren")
        SHARE_WITH_EMPLOYER = "share_with_employer", _("Je werkgever mag één onderdeel zien")

    person = models.ForeignKey(User, verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="consents")
    subject = models.CharField(_("waarvoor"), max_length=30, choices=Subject.choices)
    item = models.CharField(
        _("onderdeel"),
        max_length=50,
        blank=True,
        help_text=_("Bij delen met de werkgever: welk onderdeel. Bij een coach: 'gevoelig' als die dat ook mag zien."),
    )
    recipient = models.ForeignKey(
        User,
        verbose_name=_("aan wie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consents_received",
    )
    recipient_organisation = models.ForeignKey(
        Organisation, verbose_name=_("aan welke organisatie"), null=True, blank=True, on_delete=models.SET_NULL
    )
    source = models.CharField(_("gegeven bij"), max_length=30, default="account")
    given_at = models.DateTimeField(_("gegeven op"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")
        ordering = ["-given_at"]
        indexes = [models.Index(fields=["recipient", "subject", "withdrawn_at"])]

    def __str__(self) -> str:
        return f"{self.get_subject_display()} ({self.given_at:%Y-%m-%d})"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None

    @property
    def item_label(self) -> str:
        return data_category_label(self.item)


class AccessLog(models.Model):
    """Someone other than the person opened their data. The person sees every record on their privacy page."""

    person = models.ForeignKey(User, verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="access_log")
    # Kept when the viewer's account is deleted, so the person still sees that a coach looked.
    viewer = models.ForeignKey(
        User, verbose_name=_("wie keek"), null=True, on_delete=models.SET_NULL, related_name="access_log_as_viewer"
    )
    viewer_role = models.CharField(_("rol van wie keek"), max_length=20, choices=Role.choices)
    what = models.CharField(_("wat"), max_length=100)
    why = EncryptedTextField(_("waarom"))
    at = models.DateTimeField(_("wanneer"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("inzage")
        verbose_name_plural = _("inzagelog")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.get_viewer_role_display()}: {self.what} ({self.at:%Y-%m-%d %H:%M})"
