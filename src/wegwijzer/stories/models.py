"""Role models: short stories of people in a similar situation who did start learning. Seeing someone like you
learn is what changes the norm (panteia-2019 §8.4 L1743). A story names no account: it is text an administrator
publishes, a real one only with the teller's consent; the demo's stories are marked as examples."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# The research's target groups and the scan's goals (the advice contract, shared/contract/); "" fits everyone.
TARGET_GROUPS = [
    ("", _("Iedereen")),
    ("laagopgeleid_vast", _("Vast werk, weinig opleiding")),
    ("flex_bewust_gemotiveerd", _("Flexwerk, zelf gekozen, wil leren")),
    ("flex_bewust_niet_gemotiveerd", _("Flexwerk, zelf gekozen")),
    ("flex_tegen_wil_en_dank", _("Flexwerk, niet zelf gekozen")),
    ("flex_twijfelaar", _("Flexwerk, twijfelt")),
    ("alleenstaande_ouder", _("Alleenstaande ouder")),
    ("nugger", _("Zonder werk en zonder uitkering")),
    ("zzp", _("Zzp'er")),
    ("oudere_werknemer", _("Oudere werknemer")),
]
GOALS = [
    ("", _("Elk doel")),
    ("zelfde_werk_beter", _("Beter worden in mijn werk")),
    ("ander_werk", _("Ander werk")),
    ("werk_vinden", _("Werk vinden")),
    ("zekerheid", _("Meer zekerheid")),
    ("persoonlijke_groei", _("Groeien als mens")),
]


class Story(models.Model):
    title = models.CharField(_("titel"), max_length=120)
    text = models.TextField(
        _("verhaal"), help_text=_("Kort en in gewone woorden: wat was lastig, wat was de eerste stap.")
    )
    target_group = models.CharField(_("doelgroep"), max_length=40, choices=TARGET_GROUPS, blank=True)
    goal = models.CharField(_("doel"), max_length=40, choices=GOALS, blank=True)
    is_example = models.BooleanField(
        _("voorbeeldverhaal"),
        default=False,
        help_text=_("Geschreven als voorbeeld, niet het verhaal van een echt persoon."),
    )
    teller_consent = models.BooleanField(
        _("toestemming van de verteller"),
        default=False,
        help_text=_("De verteller gaf schriftelijk toestemming om dit verhaal hier te tonen, zonder achternaam."),
    )
    source = models.CharField(
        _("onderzoek"), max_length=120, default="panteia-2019 §8.4 L1743", help_text=_("Het onderzoek waarop dit rust.")
    )
    published = models.BooleanField(_("zichtbaar"), default=False)
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("verhaal")
        verbose_name_plural = _("verhalen")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.published and not self.is_example and not self.teller_consent:
            raise ValidationError(
                {"teller_consent": _("Een echt verhaal kan alleen zichtbaar worden met toestemming van de verteller.")}
            )
