"""Labour-market figures: how easy it is to find work per occupation class and labour-market region, and which
ISCO groups each occupation class covers (from `wegwijzer import_labour_market`). No personal data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OccupationClass(models.Model):
    """An occupation class of the published figures (UWV publishes per "beroepsklasse"), mapped to ISCO groups."""

    code = models.CharField(_("code"), max_length=40, unique=True)
    label = models.CharField(_("naam"), max_length=200)
    isco_codes = models.CharField(
        _("ISCO-groepen"), max_length=500, help_text=_("Codes van vier cijfers, tussen spaties: ' 7126 7127 '.")
    )

    class Meta:
        ordering = ["label"]
        verbose_name = _("beroepsklasse")
        verbose_name_plural = _("beroepsklassen")

    def __str__(self):
        return self.label


class Tension(models.Model):
    """How easy it is to find work in an occupation class and region, in one period (UWV's five-point scale)."""

    class Category(models.IntegerChoices):
        ZEER_RUIM = 1, _("zeer ruim")
        RUIM = 2, _("ruim")
        GEMIDDELD = 3, _("gemiddeld")
        KRAP = 4, _("krap")
        ZEER_KRAP = 5, _("zeer krap")

    occupation_class = models.ForeignKey(OccupationClass, on_delete=models.CASCADE, related_name="tensions")
    region = models.CharField(_("arbeidsmarktregio"), max_length=60)
    period = models.CharField(_("periode"), max_length=20)
    category = models.PositiveSmallIntegerField(_("spanning"), choices=Category.choices)
    vacancies = models.PositiveIntegerField(_("vacatures"), null=True, blank=True)
    jobseekers = models.PositiveIntegerField(_("werkzoekenden"), null=True, blank=True)
    source = models.CharField(_("bron"), max_length=300)
    is_example = models.BooleanField(_("voorbeeldcijfer"), default=False)

    class Meta:
        ordering = ["region", "occupation_class", "-period"]
        verbose_name = _("spanning op de arbeidsmarkt")
        verbose_name_plural = _("spanning op de arbeidsmarkt")
        constraints = [
            models.UniqueConstraint(
                fields=["occupation_class", "region", "period"], name="labour_one_figure_per_class_region_period"
            )
        ]

    def __str__(self):
        return f"{self.occupation_class} {self.region} {self.period}"
