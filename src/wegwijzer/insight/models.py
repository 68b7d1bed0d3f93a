"""The employer's invitation code and the anonymous learning-climate answers.

A ClimateAnswer has no link to a person by construction: no user, a random id (no order of arrival), the week and
quarter it was given (no finer time), no address. ClimateParticipation says only that a person answered in a
quarter, so that each person answers once; it never says which answer is theirs."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.fields import EncryptedTextField
from wegwijzer.accounts.models import Organisation

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read aloud and typed without mistakes
CODE_LENGTH = 8
CONVERSATION = "ontwikkelgesprek"  # the item a person shares with their employer (Consent.item)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Invitation(models.Model):
    """A code (and link) an employer hands its staff; whoever has an account and the code may join."""

    organisation = models.OneToOneField(
        Organisation, verbose_name=_("organisatie"), on_delete=models.CASCADE, related_name="invitation"
    )
    code = models.CharField(_("code"), max_length=CODE_LENGTH, unique=True, default=new_code)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def __str__(self) -> str:
        return f"{self.organisation}: {self.code}"


class ClimateAnswer(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisatie"), on_delete=models.CASCADE, related_name="climate_answers"
    )
    week = models.DateField(_("week (maandag)"))
    quarter = models.CharField(_("kwartaal"), max_length=7)  # "2026-K4"
    scores = models.JSONField(_("scores"))  # factor key -> 1..5
    barrier = models.CharField(_("grootste drempel"), max_length=40)
    driver = models.CharField(_("grootste hulp"), max_length=40)

    class Meta:
        verbose_name = _("antwoord leerklimaat")
        verbose_name_plural = _("antwoorden leerklimaat")
        indexes = [models.Index(fields=["organisation", "quarter"])]

    def __str__(self) -> str:
        return f"{self.organisation}, {self.quarter}"  # never more: the admin list must not tell answers apart


class ClimateTally(models.Model):
    """An employer's answers of one quarter added up (survey.Tally), kept current with every answer in the same
    transaction, so a dashboard reads one row per employer instead of every answer. `wegwijzer
    rebuild_climate_tallies` makes them again from the answers (after a bulk load, or to check them)."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisatie"), on_delete=models.CASCADE, related_name="climate_tallies"
    )
    quarter = models.CharField(_("kwartaal"), max_length=7)
    answers = models.PositiveIntegerField(_("antwoorden"), default=0)
    score_sums = models.JSONField(_("som van de scores"), default=dict)
    barriers = models.JSONField(_("drempels"), default=dict)
    drivers = models.JSONField(_("wat helpt"), default=dict)

    class Meta:
        verbose_name = _("telling leerklimaat")
        verbose_name_plural = _("tellingen leerklimaat")
        constraints = [models.UniqueConstraint(fields=["organisation", "quarter"], name="insight_one_tally")]
        indexes = [models.Index(fields=["quarter", "answers"])]

    def __str__(self) -> str:
        return f"{self.organisation}, {self.quarter}: {self.answers}"


class RegionClimateTally(models.Model):
    """A region's closed quarter added up from its employers' tallies (those that reach k), made by the daily
    `wegwijzer refresh_region_tallies`: a region's dashboard reads one row. A closed quarter shows up for a region
    on the first run after it ends (a delay of at most a day when the command runs daily)."""

    region = models.ForeignKey(
        Organisation, verbose_name=_("regio"), on_delete=models.CASCADE, related_name="region_climate_tallies"
    )
    quarter = models.CharField(_("kwartaal"), max_length=7)
    answers = models.PositiveIntegerField(_("antwoorden"), default=0)
    score_sums = models.JSONField(_("som van de scores"), default=dict)
    barriers = models.JSONField(_("drempels"), default=dict)
    drivers = models.JSONField(_("wat helpt"), default=dict)

    class Meta:
        verbose_name = _("telling leerklimaat regio")
        verbose_name_plural = _("tellingen leerklimaat regio")
        constraints = [models.UniqueConstraint(fields=["region", "quarter"], name="insight_one_region_tally")]

    def __str__(self) -> str:
        return f"{self.region}, {self.quarter}: {self.answers}"


class ClimateParticipation(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("persoon"),
        on_delete=models.CASCADE,
        related_name="climate_participations",
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisatie"), on_delete=models.CASCADE, related_name="+"
    )
    quarter = models.CharField(_("kwartaal"), max_length=7)

    class Meta:
        verbose_name = _("deelname leerklimaat")
        verbose_name_plural = _("deelnames leerklimaat")
        constraints = [models.UniqueConstraint(fields=["person", "quarter"], name="insight_one_answer_per_quarter")]

    def __str__(self) -> str:
        return f"{self.person}, {self.quarter}"


class EmptySearch(models.Model):
    """Words a catalogue search found nothing for, counted per quarter and municipality: where offers are missing.

    No person, no session, no time finer than the quarter; words that could be a postcode, a phone number or an
    e-mail address are not kept (services.record_empty_search). Shown only from k searches (each session counts a
    word once a quarter)."""

    quarter = models.CharField(_("kwartaal"), max_length=7)
    municipality = models.CharField(_("gemeente"), max_length=100, blank=True)
    words = models.CharField(_("zoekwoorden"), max_length=60)
    searches = models.PositiveIntegerField(_("zoekopdrachten"), default=0)

    class Meta:
        verbose_name = _("zoekopdracht zonder resultaat")
        verbose_name_plural = _("zoekopdrachten zonder resultaat")
        constraints = [
            models.UniqueConstraint(fields=["quarter", "municipality", "words"], name="insight_one_empty_search")
        ]

    def __str__(self) -> str:
        return f"{self.quarter} {self.municipality}: {self.words} ({self.searches})"


class QuarterFigure(models.Model):
    """One count of an employer's or region's closed quarter, made once on the first daily run after the quarter
    ended (services.freeze_quarter) and never changed again: looking before and after one person joined, left or
    deleted their data shows nothing new. Kept whole; what is shown is suppressed when it is read (k, complements).

    part "groep": the people linked at the count (key "mensen") and, for a region, the scans completed in the quarter
    (key "scans"); "activiteit": another app's GroupFigure (plan steps, budget); "gemeente", "doelgroep", "drempel":
    a region's scans by municipality, first target group and barrier (a scan may have several barriers)."""

    class Part(models.TextChoices):
        GROUP = "groep", _("groep")
        ACTIVITY = "activiteit", _("activiteit")
        MUNICIPALITY = "gemeente", _("gemeente")
        TARGET_GROUP = "doelgroep", _("doelgroep")
        BARRIER = "drempel", _("drempel")

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisatie"), on_delete=models.CASCADE, related_name="quarter_figures"
    )
    quarter = models.CharField(_("kwartaal"), max_length=7)
    part = models.CharField(_("onderdeel"), max_length=20, choices=Part.choices)
    key = models.CharField(_("wat"), max_length=100)
    label = models.CharField(_("omschrijving"), max_length=200, blank=True)  # a msgid of the app that counted it
    people = models.PositiveIntegerField(_("mensen"))
    amount = models.BigIntegerField(_("hoeveelheid"), default=0)
    unit = models.CharField(_("eenheid"), max_length=10, default="aantal")

    class Meta:
        verbose_name = _("kwartaalcijfer")
        verbose_name_plural = _("kwartaalcijfers")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "quarter", "part", "key"], name="insight_one_quarter_figure"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation}, {self.quarter}: {self.part} {self.key}"


class ConversationPrep(models.Model):
    """A person's own preparation for an ontwikkelgesprek (development conversation, apart from any appraisal):
    theirs to write, change, export and delete. Their employer sees it only while the person shares it
    (Consent SHARE_WITH_EMPLOYER, item CONVERSATION), each look logged; never in a figure."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("persoon"),
        on_delete=models.CASCADE,
        related_name="conversation_prep",
    )
    going_well = EncryptedTextField(_("wat goed gaat"), blank=True, default="")
    want_to_learn = EncryptedTextField(_("wat ik graag nog leer"), blank=True, default="")
    running_into = EncryptedTextField(_("waar ik tegenaan loop"), blank=True, default="")
    needs = EncryptedTextField(_("wat ik nodig heb"), blank=True, default="")
    to_agree = EncryptedTextField(_("wat ik wil vragen of afspreken"), blank=True, default="")
    updated_at = models.DateTimeField(_("laatst gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("voorbereiding ontwikkelgesprek")
        verbose_name_plural = _("voorbereidingen ontwikkelgesprek")

    def __str__(self) -> str:
        return f"voorbereiding {self.pk}"
