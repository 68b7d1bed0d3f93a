"""Where to go for help: municipalities (with the postcodes they cover) and help entries per kind of service.

Nothing here is about a person: the municipality a person names is their own answer, kept by the scan app."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

FIRST_POSTCODE, LAST_POSTCODE = 1000, 9999  # Dutch postcodes: four digits, the first never 0
DEFAULT_STALE_DAYS = 365
PHONE = RegexValidator(r"^\+?[0-9][0-9 ()-]{2,}$", _("Een telefoonnummer bestaat uit cijfers, spaties en streepjes."))
CBS_CODE = RegexValidator(r"^GM[0-9]{4}$", _("Een CBS-gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363."))


class Service(models.TextChoices):
    """The kinds of help, exactly the `service` vocabulary of the advice contract (../shared/contract/README.md)."""

    SCHULDHULP = "schuldhulp", _("Hulp bij geldzorgen en schulden")
    TOESLAGEN = "toeslagen", _("Toeslagen")
    KINDEROPVANG = "kinderopvang", _("Kinderopvang")
    WIJKTEAM = "wijkteam", _("Wijkteam")
    WERKPLEIN = "werkplein", _("Werk en inkomen van de gemeente")
    UWV = "uwv", _("UWV")
    LEERWERKLOKET = "leerwerkloket", _("Leerwerkloket")
    ONTWIKKELADVIES = "ontwikkeladvies", _("Ontwikkeladvies")
    LOOPBAANCOACH = "loopbaancoach", _("Loopbaancoach")
    TAALHUIS = "taalhuis", _("Taalhuis")
    DIGITAAL_HULP = "digitaal_hulp", _("Hulp bij computer en telefoon")
    JURIDISCH_LOKET = "juridisch_loket", _("Gratis juridisch advies")
    WOONLOKET = "woonloket", _("Hulp bij wonen")
    HUISARTS = "huisarts", _("Huisarts")
    BEDRIJFSARTS = "bedrijfsarts", _("Bedrijfsarts")
    MANTELZORG = "mantelzorg", _("Steun voor mantelzorgers")
    VRIJWILLIGERSCENTRALE = "vrijwilligerscentrale", _("Vrijwilligerswerk")
    O_EN_O_FONDS = "o_en_o_fonds", _("Opleidingsfonds van je sector")
    WERKGEVER = "werkgever", _("Je werkgever")


# What a person asks for at the desk, in Dutch, whatever the page's language: a translated advice step shows it as
# "In het Nederlands: schuldhulpverlening" (templatetags/directory.py). Never translated. The words follow the
# contract's description of each kind of help (../shared/contract/README.md, the `service` vocabulary).
DUTCH_NAMES = {
    Service.SCHULDHULP: "schuldhulpverlening",
    Service.TOESLAGEN: "Dienst Toeslagen",
    Service.KINDEROPVANG: "kinderopvang",
    Service.WIJKTEAM: "wijkteam",
    Service.WERKPLEIN: "werk en inkomen van de gemeente",
    Service.UWV: "UWV",
    Service.LEERWERKLOKET: "Leerwerkloket",
    Service.ONTWIKKELADVIES: "ontwikkeladvies",
    Service.LOOPBAANCOACH: "loopbaancoach",
    Service.TAALHUIS: "Taalhuis",
    Service.DIGITAAL_HULP: "digitale hulp in de bibliotheek",
    Service.JURIDISCH_LOKET: "Juridisch Loket",
    Service.WOONLOKET: "woonloket",
    Service.HUISARTS: "huisarts",
    Service.BEDRIJFSARTS: "bedrijfsarts",
    Service.MANTELZORG: "mantelzorgconsulent",
    Service.VRIJWILLIGERSCENTRALE: "vrijwilligerscentrale",
    Service.O_EN_O_FONDS: "O&O-fonds",
    Service.WERKGEVER: "werkgever",
}


def stale_days() -> int:
    """After how many days a checked entry needs checking again (setting WEGWIJZER_HELP_STALE_DAYS)."""
    return getattr(settings, "WEGWIJZER_HELP_STALE_DAYS", DEFAULT_STALE_DAYS)


def stale_before(today: datetime.date | None = None) -> datetime.date:
    """Entries checked before this date are stale."""
    return (today or timezone.localdate()) - datetime.timedelta(days=stale_days())


class Municipality(models.Model):
    name = models.CharField(_("naam"), max_length=100, unique=True)
    cbs_code = models.CharField(
        _("CBS-gemeentecode"),
        max_length=6,
        blank=True,
        validators=[CBS_CODE],
        help_text=_("Bijvoorbeeld GM0363; alleen uit een bron."),
    )
    is_demo = models.BooleanField(_("voorbeeld"), default=False)

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} (voorbeeld)" if self.is_demo else self.name


class PostcodeRange(models.Model):
    """The four-digit postcodes first..last (both included) lie in this municipality."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="postcode_ranges")
    first = models.PositiveSmallIntegerField(
        _("van postcode"), validators=[MinValueValidator(FIRST_POSTCODE), MaxValueValidator(LAST_POSTCODE)]
    )
    last = models.PositiveSmallIntegerField(
        _("tot en met postcode"), validators=[MinValueValidator(FIRST_POSTCODE), MaxValueValidator(LAST_POSTCODE)]
    )

    class Meta:
        verbose_name = _("postcodegebied")
        verbose_name_plural = _("postcodegebieden")
        ordering = ["first"]
        constraints = [
            models.CheckConstraint(
                condition=Q(first__lte=models.F("last")),
                name="postcode_range_order",
                violation_error_message=_("De eerste postcode komt na de laatste."),
            )
        ]

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


class HelpEntry(models.Model):
    """One place to go for one kind of help: in one municipality, or national (no municipality).

    Real entries name the public source they were taken from and the date it was checked; everything else is demo
    data, shown as "Voorbeeld". The database refuses a real entry without a source."""

    key = models.SlugField(_("sleutel"), max_length=100, unique=True, help_text=_("Vaste naam voor het inlezen."))
    service = models.CharField(_("soort hulp"), max_length=30, choices=Service.choices)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="help_entries",
        null=True,
        blank=True,
        help_text=_("Leeg: landelijk."),
    )
    organisation = models.CharField(_("organisatie"), max_length=200)
    what_they_do = models.CharField(_("wat ze doen"), max_length=300, help_text=_("Eén zin in eenvoudige taal."))
    address = models.CharField(_("adres"), max_length=300, blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True, validators=[PHONE])
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.CharField(_("openingstijden"), max_length=300, blank=True)
    what_to_bring = models.CharField(_("wat zeg of neem je mee"), max_length=500, blank=True)
    source_url = models.URLField(_("bron"), blank=True)
    checked_on = models.DateField(_("gecontroleerd op"), null=True, blank=True)
    source_note = models.CharField(_("notitie bij de bron"), max_length=300, blank=True)
    is_demo = models.BooleanField(_("voorbeeld"), default=False)

    class Meta:
        verbose_name = _("hulpadres")
        verbose_name_plural = _("hulpadressen")
        ordering = ["service", "organisation"]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_demo=True) | (~Q(source_url="") & Q(checked_on__isnull=False)),
                name="help_entry_real_has_source",
                violation_error_message=_(
                    "Een echt hulpadres heeft een bron en een datum van controle; anders is het een voorbeeld."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_service_display()}, {self.scope_label})"

    @property
    def is_national(self) -> bool:
        return self.municipality_id is None

    @property
    def scope_label(self) -> str:
        return str(_("landelijk")) if self.is_national else self.municipality.name

    @property
    def is_stale(self) -> bool:
        """A real entry checked longer ago than the setting allows; demo entries are never checked."""
        return self.checked_on is not None and self.checked_on < stale_before()

    @property
    def source_site(self) -> str:
        """The source's website name (www.example.org), short enough for a phone screen."""
        return urlsplit(self.source_url).netloc

    @property
    def phone_link(self) -> str:
        """The number for a tel: link: digits and a leading +, nothing else."""
        return "".join(char for char in self.phone if char.isdigit() or char == "+")
