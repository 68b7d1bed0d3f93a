"""ESCO (the European classification of skills and occupations) as far as Wegwijzer uses it, and a person's skills
profile: the skills they found in their own experience, in their own words, and who confirmed one."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.fields import EncryptedTextField


class EscoConcept(models.Model):
    """An ESCO concept: a skill or occupation (offers name them), or, after `wegwijzer import_esco`, an ISCO group or
    skill group of the hierarchy. `search_text` holds every word of the labels and its Dutch stem (skills/text.py)."""

    class ConceptType(models.TextChoices):
        SKILL = "skill", _("Vaardigheid")
        OCCUPATION = "occupation", _("Beroep")
        ISCO_GROUP = "isco_group", _("Beroepsgroep")
        SKILL_GROUP = "skill_group", _("Groep vaardigheden")

    uri = models.URLField(_("ESCO-URI"), max_length=300, unique=True)
    label = models.CharField(_("naam"), max_length=300)
    concept_type = models.CharField(_("soort"), max_length=12, choices=ConceptType.choices)
    code = models.CharField(_("code"), max_length=40, blank=True)
    alt_labels = models.TextField(_("andere namen"), blank=True, help_text=_("Eén naam per regel."))
    broader = models.ForeignKey(
        "self", verbose_name=_("valt onder"), null=True, blank=True, on_delete=models.SET_NULL, related_name="narrower"
    )
    search_text = models.TextField(_("zoektekst"), blank=True, editable=False)

    class Meta:
        db_table = "catalogue_escoconcept"  # the table it had in the catalogue, where it began; the data stayed
        ordering = ["label"]
        verbose_name = _("ESCO-begrip")
        verbose_name_plural = _("ESCO-begrippen")

    def __str__(self):
        return self.label


class EscoWord(models.Model):
    """Every word of ESCO's labels once: on PostgreSQL its trigram index turns a typo into the word meant
    (skills/search.py), as in pg_trgm's documentation on spelling suggestions."""

    word = models.TextField(unique=True)

    class Meta:
        verbose_name = _("woord")
        verbose_name_plural = _("woorden")

    def __str__(self):
        return self.word


class OccupationSkill(models.Model):
    """ESCO's relation between an occupation and a skill it needs (only where the full ESCO set was imported)."""

    occupation = models.ForeignKey(EscoConcept, on_delete=models.CASCADE, related_name="skill_links")
    skill = models.ForeignKey(EscoConcept, on_delete=models.CASCADE, related_name="occupation_links")
    essential = models.BooleanField(_("noodzakelijk"), default=False)

    class Meta:
        verbose_name = _("vaardigheid bij beroep")
        verbose_name_plural = _("vaardigheden bij beroepen")
        constraints = [models.UniqueConstraint(fields=["occupation", "skill"], name="one_link_per_occupation_skill")]

    def __str__(self):
        return f"{self.occupation} - {self.skill}"


class Experience(models.Model):
    """A person's answer to one guided question ("Wat doe je in je werk?"), in their own words."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="experiences")
    question = models.CharField(_("vraag"), max_length=30)
    text = EncryptedTextField(_("in je eigen woorden"))
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("ervaring")
        verbose_name_plural = _("ervaringen")
        constraints = [models.UniqueConstraint(fields=["person", "question"], name="one_answer_per_question")]

    def __str__(self):
        return self.question


class ProfileSkill(models.Model):
    """A skill the person kept for their profile: the project's B1 label and ESCO URI, beside their own words."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile_skills")
    skill_key = models.CharField(_("vaardigheid"), max_length=60)
    label = models.CharField(_("naam"), max_length=300)
    esco_uri = models.URLField(_("ESCO-URI"), max_length=300)
    experience = models.ForeignKey(
        Experience, verbose_name=_("uit je antwoord"), null=True, blank=True, on_delete=models.SET_NULL
    )
    added_at = models.DateTimeField(_("toegevoegd op"), default=timezone.now)
    confirm_code = models.CharField(_("code om te bevestigen"), max_length=40, unique=True, null=True, blank=True)

    class Meta:
        verbose_name = _("vaardigheid in een profiel")
        verbose_name_plural = _("vaardigheden in profielen")
        ordering = ["added_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["person", "skill_key"], name="one_skill_once_per_person")]

    def __str__(self):
        return self.label

    @property
    def own_words(self) -> str:
        return self.experience.text if self.experience else ""

    def new_confirm_code(self) -> str:
        self.confirm_code = secrets.token_urlsafe(16)
        self.save(update_fields=["confirm_code"])
        return self.confirm_code


class Accreditation(models.Model):
    """An administrator lets someone confirm skills as an accredited assessor (e.g. a training provider or an
    employer's practice trainer), besides coaches."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("beoordelaar"), on_delete=models.CASCADE, related_name="accreditation"
    )
    organisation = models.CharField(_("organisatie"), max_length=200)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("gegeven door"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    granted_at = models.DateTimeField(_("gegeven op"), default=timezone.now)

    class Meta:
        verbose_name = _("erkenning als beoordelaar")
        verbose_name_plural = _("erkenningen als beoordelaar")

    def __str__(self):
        return f"{self.user} ({self.organisation})"


class Confirmation(models.Model):
    """Someone who saw the person use a skill confirms it, with the evidence: what was seen, when, by whom."""

    class How(models.TextChoices):
        CONVERSATION = "gesprek", _("In een gesprek")
        OBSERVATION = "observatie", _("Ik zag het in de praktijk")

    skill = models.OneToOneField(ProfileSkill, on_delete=models.CASCADE, related_name="confirmation")
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="confirmations_given"
    )
    confirmer_name = models.CharField(_("bevestigd door"), max_length=200)
    confirmer_organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    how = models.CharField(_("hoe"), max_length=20, choices=How.choices)
    what_was_seen = models.TextField(_("wat je zag"))
    seen_on = models.DateField(_("wanneer"))
    confirmed_at = models.DateTimeField(_("bevestigd op"), default=timezone.now)

    class Meta:
        verbose_name = _("bevestiging")
        verbose_name_plural = _("bevestigingen")

    def __str__(self):
        return f"{self.skill} ({self.confirmer_name}, {self.seen_on})"
