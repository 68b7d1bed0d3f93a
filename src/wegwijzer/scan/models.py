"""A person's scan (their answers) and the ontwikkelplan they make from its advice."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.fields import EncryptedJSONField, EncryptedTextField


class Scan(models.Model):
    """One loopbaanscan. Anonymous until the person saves it to an account; the code lets them resume it.

    ``answers`` holds the ordinary answers by question key. Answers to sensitive questions (money, health,
    daily-life problems) live in ``sensitive_answers``, encrypted, and only while the person consents; without
    consent they stay in the browser session and the key in ``answers`` is None.

    ``code`` is a keyed hash of the resume code (codes.code_hash), never the code: a copy of the database opens
    no scan. The person sees their code from their browser session (services.display_code).
    """

    code = models.CharField(_("code (sleutel-hash)"), max_length=64, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="scans",
    )
    answers = models.JSONField(_("antwoorden"), default=dict, blank=True)
    sensitive_answers = EncryptedJSONField(_("gevoelige antwoorden"), null=True, blank=True)
    sensitive_consent_at = models.DateTimeField(_("toestemming gegeven op"), null=True, blank=True)
    sensitive_consent_withdrawn_at = models.DateTimeField(_("toestemming ingetrokken op"), null=True, blank=True)
    created_at = models.DateTimeField(_("begonnen op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("laatst gewijzigd op"), auto_now=True, db_index=True)
    completed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)

    class Meta:
        verbose_name = _("scan")
        verbose_name_plural = _("scans")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"scan {self.pk}"


class Plan(models.Model):
    """The ontwikkelplan: the steps the person chose, their own goal and a first small step with a date.

    ``steps`` holds the chosen steps that no sensitive answer leads to. A step that does (help with debts) is as
    sensitive as the answer: it is kept in ``sensitive_steps``, encrypted, only with the same consent as the
    sensitive answers, and deleted when that consent is withdrawn; without consent only the session has it.
    """

    scan = models.OneToOneField(Scan, verbose_name=_("scan"), on_delete=models.CASCADE, related_name="plan")
    steps = models.JSONField(_("gekozen stappen"), default=list)
    sensitive_steps = EncryptedJSONField(_("stappen uit je antwoord over zorgen"), null=True, blank=True)
    goal = EncryptedTextField(_("doel"))
    first_step = EncryptedTextField(_("eerste stap"))
    first_step_date = models.DateField(_("datum eerste stap"))
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("laatst gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("ontwikkelplan")
        verbose_name_plural = _("ontwikkelplannen")

    def __str__(self) -> str:
        return f"plan {self.pk}"
