"""What a coach and a person build together: invitations, contacts, notes, referrals and the shared plan's steps.

Every record names the person it is about; the coach's access to all of it follows the person's consent
(services.coach_sees), checked by each view. Free text a person may have said is encrypted at rest.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.fields import EncryptedTextField
from wegwijzer.directory.models import Service

PERSON = settings.AUTH_USER_MODEL


class Invitation(models.Model):
    """A coach invites a person with a short code (or a link that carries it). It grants nothing by itself: the
    person accepts on their own screen and chooses there what the coach may see."""

    coach = models.ForeignKey(PERSON, verbose_name=_("coach"), on_delete=models.CASCADE, related_name="invitations")
    code = models.CharField(_("code"), max_length=12, unique=True)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    expires_at = models.DateTimeField(_("verloopt op"))
    accepted_by = models.ForeignKey(
        PERSON, verbose_name=_("aangenomen door"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    accepted_at = models.DateTimeField(_("aangenomen op"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def __str__(self) -> str:
        return f"uitnodiging {self.pk}"


class Contact(models.Model):
    """One conversation (or a planned one: a date in the future is the next appointment)."""

    class Kind(models.TextChoices):
        INTAKE = "intake", _("Intake")
        ONTWIKKELGESPREK = "ontwikkelgesprek", _("Ontwikkelgesprek")
        FOLLOW_UP = "follow-up", _("Vervolggesprek")

    class Tag(models.TextChoices):
        CURATIEF = "curatief", _("Curatief: eerst een probleem oplossen")
        PREVENTIEF = "preventief", _("Preventief: een probleem voor zijn")
        AMPLITIEF = "amplitief", _("Amplitief: verder groeien")

    person = models.ForeignKey(PERSON, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="+")
    coach = models.ForeignKey(
        PERSON, verbose_name=_("coach"), null=True, on_delete=models.SET_NULL, related_name="coach_contacts"
    )
    date = models.DateField(_("datum"))
    kind = models.CharField(_("soort gesprek"), max_length=20, choices=Kind.choices)
    topic = EncryptedTextField(_("onderwerp"))
    tag = models.CharField(_("soort begeleiding"), max_length=20, choices=Tag.choices)
    created_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now)

    class Meta:
        verbose_name = _("gesprek")
        verbose_name_plural = _("gesprekken")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["person", "date"])]

    def __str__(self) -> str:
        return f"gesprek {self.pk}"


class Note(models.Model):
    """A coach's note about a person: private to the coach, or shared (then the person sees it on their page)."""

    person = models.ForeignKey(PERSON, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="+")
    coach = models.ForeignKey(
        PERSON, verbose_name=_("coach"), null=True, on_delete=models.SET_NULL, related_name="coach_notes"
    )
    contact = models.ForeignKey(
        Contact, verbose_name=_("gesprek"), null=True, blank=True, on_delete=models.CASCADE, related_name="notes"
    )
    text = EncryptedTextField(_("notitie"))
    shared = models.BooleanField(_("gedeeld met de deelnemer"), default=False)
    created_at = models.DateTimeField(_("geschreven op"), default=timezone.now)

    class Meta:
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"notitie {self.pk}"


class Referral(models.Model):
    """A referral to a kind of help in the help directory, for a problem that comes first. Stored only when the
    coach records that the person said yes in the conversation; the person sees it and can remove it."""

    class Arrived(models.TextChoices):
        OPEN = "open", _("Nog niet nagevraagd")
        YES = "ja", _("Ja, de persoon is er geweest")
        NO = "nee", _("Nee, nog niet")

    person = models.ForeignKey(PERSON, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="+")
    coach = models.ForeignKey(
        PERSON, verbose_name=_("coach"), null=True, on_delete=models.SET_NULL, related_name="coach_referrals"
    )
    contact = models.ForeignKey(
        Contact, verbose_name=_("gesprek"), null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    service = models.CharField(_("soort hulp"), max_length=40, choices=Service.choices)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    arrived = models.CharField(_("aangekomen?"), max_length=10, choices=Arrived.choices, default=Arrived.OPEN)
    followed_up_at = models.DateTimeField(_("nagevraagd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("verwijzing")
        verbose_name_plural = _("verwijzingen")
        ordering = ["-consent_at", "-pk"]

    def __str__(self) -> str:
        return f"verwijzing {self.pk}"


class PlanStep(models.Model):
    """One small step of the shared ontwikkelplan: what, who does it (the person or the coach), when, and the offer
    and funding scheme chosen for it."""

    class Owner(models.TextChoices):
        PERSON = "deelnemer", _("De deelnemer")
        COACH = "coach", _("De coach")

    person = models.ForeignKey(PERSON, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField(_("stap"))
    owner = models.CharField(_("wie doet het"), max_length=20, choices=Owner.choices)
    due = models.DateField(_("datum"))
    # The chosen offer and scheme, by the ref their own app gives them (registry plan_choices: an offer's id, a
    # scheme's code); coaching does not import the catalogue or funding.
    offer_ref = models.CharField(_("gekozen aanbod"), max_length=20, blank=True)
    funding_ref = models.CharField(_("betaald met"), max_length=60, blank=True)
    # What was typed before a step could point at a real offer or scheme: kept so that it stays readable, until
    # someone chooses the real thing.
    offer_text = models.CharField(_("aanbod (eerder opgeschreven)"), max_length=200, blank=True)
    funding_text = models.CharField(_("betaald met (eerder opgeschreven)"), max_length=200, blank=True)
    done_at = models.DateTimeField(_("gedaan op"), null=True, blank=True)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)

    class Meta:
        verbose_name = _("stap in het plan")
        verbose_name_plural = _("stappen in het plan")
        ordering = ["due", "pk"]
        indexes = [models.Index(fields=["person", "done_at", "due"])]

    def __str__(self) -> str:
        return f"stap {self.pk}"


class PlanChange(models.Model):
    """One change to the shared plan, by the person or the coach; both see the whole history."""

    person = models.ForeignKey(PERSON, verbose_name=_("deelnemer"), on_delete=models.CASCADE, related_name="+")
    actor = models.ForeignKey(PERSON, verbose_name=_("door"), null=True, on_delete=models.SET_NULL, related_name="+")
    actor_role = models.CharField(_("rol"), max_length=20)
    text = EncryptedTextField(_("wat er veranderde"))
    at = models.DateTimeField(_("wanneer"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("wijziging in het plan")
        verbose_name_plural = _("wijzigingen in het plan")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"wijziging {self.pk}"
