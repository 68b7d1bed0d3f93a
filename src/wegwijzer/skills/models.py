"""ESCO skills and occupations (the European classification), as far as Wegwijzer uses them: offers name them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EscoConcept(models.Model):
    """An ESCO skill or occupation, as far as offers name it (URI and Dutch label); the full ESCO import is apart."""

    class ConceptType(models.TextChoices):
        SKILL = "skill", _("Vaardigheid")
        OCCUPATION = "occupation", _("Beroep")

    uri = models.URLField(_("ESCO-URI"), max_length=300, unique=True)
    label = models.CharField(_("naam"), max_length=300)
    concept_type = models.CharField(_("soort"), max_length=12, choices=ConceptType.choices)

    class Meta:
        db_table = "catalogue_escoconcept"  # the table it had in the catalogue, where it began; the data stayed
        ordering = ["label"]
        verbose_name = _("ESCO-begrip")
        verbose_name_plural = _("ESCO-begrippen")

    def __str__(self):
        return self.label
