"""A person's messages from Wegwijzer (reminders, check-ins, notes for a coach) and how often they want e-mail."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.fields import EncryptedTextField


class Frequency(models.TextChoices):
    DIRECT = "direct", _("Meteen een e-mail bij elk bericht")
    WEEKLY = "wekelijks", _("Eén e-mail per week met je nieuwe berichten")
    NEVER = "nooit", _("Geen e-mail, alleen berichten in Wegwijzer")


class Preference(models.Model):
    """How often the person hears from us by e-mail. The inbox on the platform always has every message."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("persoon"),
        on_delete=models.CASCADE,
        related_name="message_preference",
    )
    frequency = models.CharField(_("hoe vaak"), max_length=10, choices=Frequency.choices, default=Frequency.DIRECT)
    changed_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("berichtvoorkeur")
        verbose_name_plural = _("berichtvoorkeuren")

    def __str__(self) -> str:
        return self.get_frequency_display()


class Message(models.Model):
    """One message to one person. ``key`` says what it is about (a reminder for one step on one date): the pair
    (person, key) is unique, so a job that runs twice sends nothing twice. Its text can name the person's own plan
    steps, so it is stored encrypted."""

    class Kind(models.TextChoices):
        REMINDER = "herinnering", _("Herinnering")
        CHECK_IN = "check-in", _("Hoe ging het?")
        COACH_NOTE = "coach", _("Voor de coach")

    class Answer(models.TextChoices):
        DONE = "gedaan", _("Gelukt")
        NOT_YET = "nog-niet", _("Nog niet")
        HELP = "hulp", _("Ik wil hulp")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="messages"
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    key = models.CharField(_("waarover"), max_length=200)
    subject = models.CharField(_("onderwerp"), max_length=200)
    body = EncryptedTextField(_("tekst"))
    link_url = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("gelezen op"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("gemaild op"), null=True, blank=True)
    answer = models.CharField(_("antwoord"), max_length=10, choices=Answer.choices, blank=True)
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["person", "key"], name="message_once_per_subject")]
        indexes = [models.Index(fields=["person", "read_at"])]

    def __str__(self) -> str:
        return self.subject
