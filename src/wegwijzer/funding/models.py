"""Funding schemes as data, kept by a beheerder in the admin or read in with `wegwijzer import_schemes`.

A real scheme names its public source and the date someone checked it; anything else is an example
(``is_example``) and every page says "Voorbeeld". The eligibility engine (eligibility/) reads them through
``FundingScheme.as_scheme()``: the engine itself knows no Django.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .eligibility import HowToApply, Payment, PaysFor, Scheme, Who


class Kind(models.TextChoices):
    LANDELIJK = "landelijk", _("Landelijke regeling")
    SECTOR = "sector", _("Fonds van een sector (O&O-fonds)")
    CAO = "cao", _("Budget uit een cao")
    GEMEENTE = "gemeente", _("Gemeente")
    REGIO = "regio", _("Regio")
    WERKGEVER = "werkgever", _("Werkgever")


class FundingScheme(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=150)
    funder = models.CharField(_("wie betaalt"), max_length=150)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    description = models.TextField(
        _("wat het is"), blank=True, help_text=_("Eén of twee zinnen in eenvoudig Nederlands.")
    )
    is_example = models.BooleanField(
        _("voorbeeld"),
        default=True,
        help_text=_("Verzonnen, om te laten zien hoe het werkt. De site zegt 'Voorbeeld'."),
    )
    # Who qualifies; empty means: this scheme does not ask about it.
    work_statuses = models.JSONField(_("werksituatie"), default=list, blank=True)
    educations = models.JSONField(_("opleiding"), default=list, blank=True)
    age_min = models.PositiveSmallIntegerField(_("vanaf leeftijd"), null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(_("tot en met leeftijd"), null=True, blank=True)
    benefits = models.JSONField(_("uitkering"), default=list, blank=True)
    low_income = models.BooleanField(_("alleen bij een laag inkomen"), default=False)
    sectors = models.JSONField(_("sectoren"), default=list, blank=True)
    regions = models.JSONField(_("gemeenten of provincies"), default=list, blank=True)
    # What it pays: an amount or a percentage, each up to the maximum. Whole cents, never floats.
    amount_cents = models.PositiveIntegerField(_("bedrag in centen"), null=True, blank=True)
    percentage = models.PositiveSmallIntegerField(_("percentage van de prijs"), null=True, blank=True)
    max_cents = models.PositiveIntegerField(_("hoogstens, in centen"), null=True, blank=True)
    offer_kinds = models.JSONField(_("voor soorten aanbod"), default=list, blank=True)
    certificates = models.JSONField(_("voor soorten bewijs"), default=list, blank=True)
    valid_from = models.DateField(_("geldig vanaf"), null=True, blank=True)
    valid_until = models.DateField(_("geldig tot en met"), null=True, blank=True)
    apply_steps = models.JSONField(_("zo vraag je het aan"), default=list, blank=True)
    apply_link = models.URLField(_("link om aan te vragen"), blank=True)
    documents = models.JSONField(_("wat je nodig hebt"), default=list, blank=True)
    source = models.CharField(_("bron"), max_length=300, blank=True, help_text=_("Een openbare bron: link of titel."))
    checked_on = models.DateField(_("gecontroleerd op"), null=True, blank=True)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("regeling")
        verbose_name_plural = _("regelingen")

    def __str__(self):
        return f"{self.name} ({_('voorbeeld')})" if self.is_example else self.name

    def clean(self):
        problems = {}
        if (self.amount_cents is None) == (self.percentage is None):
            problems["amount_cents"] = _("Vul een bedrag of een percentage in, niet allebei.")
        if self.percentage is not None and not 1 <= self.percentage <= 100:
            problems["percentage"] = _("Een percentage ligt tussen 1 en 100.")
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            problems["age_max"] = _("De hoogste leeftijd is lager dan de laagste.")
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            problems["valid_until"] = _("De regeling stopt voordat ze begint.")
        if not self.is_example and not (self.source and self.checked_on):
            problems["source"] = _(
                "Een echte regeling heeft een openbare bron en de datum waarop die is gecontroleerd."
            )
        if problems:
            raise ValidationError(problems)

    def as_scheme(self) -> Scheme:
        return Scheme(
            code=self.code,
            name=self.name,
            funder=self.funder,
            kind=self.kind,
            description=self.description,
            who=Who(
                work_statuses=tuple(self.work_statuses),
                educations=tuple(self.educations),
                age_min=self.age_min,
                age_max=self.age_max,
                benefits=tuple(self.benefits),
                low_income=self.low_income,
                sectors=tuple(self.sectors),
                regions=tuple(self.regions),
            ),
            payment=Payment(self.amount_cents, self.percentage, self.max_cents),
            pays_for=PaysFor(tuple(self.offer_kinds), tuple(self.certificates)),
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            apply=HowToApply(tuple(self.apply_steps), self.apply_link, tuple(self.documents)),
            source=self.source,
            checked_on=self.checked_on,
            is_example=self.is_example,
        )
