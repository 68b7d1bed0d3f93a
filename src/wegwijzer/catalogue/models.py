"""The learning-offer catalogue: providers, their offers (with the ESCO concepts of the skills app they teach), reviews.

The full-text index is not a model field: it is a table (SQLite FTS5) or a column (PostgreSQL tsvector) that
``search.index_offers`` keeps current, because it is written differently per database (see search/).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wegwijzer.skills.models import EscoConcept

from .vocab import Certificate, Delivery, EntryLevel, Kind, Language, Nlqf, Region, Schedule, Theme

POSTCODE = RegexValidator(r"^[1-9][0-9]{3}( ?[A-Z]{2})?$", _("Een postcode is vier cijfers, soms met twee letters."))


class Provider(models.Model):
    """A provider of learning offers. ``code`` is its key in imports and the API; external ids are per provider."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    name = models.CharField(_("naam"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    # The accounts of this organisation (role aanbieder) keep these offers current through the API.
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="catalogue_providers",
        limit_choices_to={"kind": "aanbieder"},
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("aanbieder")
        verbose_name_plural = _("aanbieders")

    def __str__(self):
        return self.name


class Payer(models.Model):
    """Who can pay for an offer: yourself, an employer, a sector's O&O fund, ... The search filter "Wie kan betalen"
    lists every payer, so one that a beheerder adds here is a filter value at once. The first five (vocab.Payer)
    are made by a migration; the funding schemes name payers by ``code``."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("betaler")
        verbose_name_plural = _("betalers")

    def __str__(self):
        return self.name


class Offer(models.Model):
    class Source(models.TextChoices):
        CSV = "csv", "CSV"
        OOAPI = "ooapi", "OOAPI"
        API = "api", "API"
        GENERATED = "generated", _("gegenereerd")
        ADMIN = "admin", _("beheer")

    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="offers", verbose_name=_("aanbieder"))
    external_id = models.CharField(_("eigen code van de aanbieder"), max_length=200)
    source = models.CharField(_("bron"), max_length=10, choices=Source.choices, default=Source.ADMIN)
    is_active = models.BooleanField(_("zichtbaar"), default=True)

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    theme = models.CharField(_("onderwerp"), max_length=20, choices=Theme.choices)
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("beschrijving"))
    signup_url = models.URLField(_("aanmelden (link)"), max_length=500, blank=True)
    signup_info = models.TextField(_("zo meld je je aan"), blank=True)

    delivery = models.CharField(_("vorm"), max_length=12, choices=Delivery.choices)
    schedule = models.CharField(_("wanneer"), max_length=12, choices=Schedule.choices)
    hours = models.PositiveIntegerField(_("uren in totaal"), validators=[MinValueValidator(1), MaxValueValidator(5000)])
    weeks = models.PositiveSmallIntegerField(_("weken"), validators=[MinValueValidator(1), MaxValueValidator(260)])

    postcode = models.CharField(_("postcode"), max_length=7, blank=True, validators=[POSTCODE])
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    region = models.CharField(_("provincie"), max_length=16, choices=Region.choices, blank=True)

    price_cents = models.PositiveIntegerField(_("prijs in centen"), validators=[MaxValueValidator(10_000_000)])
    payers = models.ManyToManyField(Payer, verbose_name=_("wie kan betalen"), related_name="offers", blank=True)

    entry_level = models.CharField(_("instapniveau"), max_length=8, choices=EntryLevel.choices)
    entry_requirements = models.TextField(_("wat je nodig hebt om te beginnen"), blank=True)
    nlqf = models.CharField(_("niveau (NLQF/EQF)"), max_length=2, choices=Nlqf.choices, blank=True)
    qualification_code = models.CharField(
        _("crebo- of crohocode"), max_length=10, blank=True, validators=[RegexValidator(r"^[0-9]{5}$")]
    )
    language = models.CharField(_("taal"), max_length=2, choices=Language.choices, default=Language.NL)
    language_support = models.BooleanField(_("hulp bij de taal"), default=False)
    exam = models.BooleanField(_("examen"), default=False)
    certificate = models.CharField(_("bewijs"), max_length=20, choices=Certificate.choices)
    esco_concepts = models.ManyToManyField(EscoConcept, verbose_name=_("ESCO"), related_name="offers", blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")
        constraints = [
            models.UniqueConstraint(fields=["provider", "external_id"], name="catalogue_offer_unique_external_id"),
        ]
        indexes = [
            models.Index(fields=["region", "schedule"], name="catalogue_region_schedule"),
            models.Index(fields=["theme", "schedule"], name="catalogue_theme_schedule"),
            models.Index(fields=["schedule", "delivery"], name="catalogue_schedule_delivery"),
            models.Index(fields=["hours"], name="catalogue_hours"),
            models.Index(fields=["price_cents"], name="catalogue_price"),
        ]

    def __str__(self):
        return self.title

    @property
    def price_euros(self) -> float:
        return self.price_cents / 100

    @cached_property
    def payer_codes(self) -> list[str]:
        """The codes of who can pay; reads prefetched payers (``prefetch_related("payers")``) if there are.

        Cached on the instance (read it after changing the links on a fresh one); an unsaved offer can be given them
        (the relevance tests do)."""
        return [payer.code for payer in self.payers.all()]

    @property
    def payer_labels(self) -> list[str]:
        return [payer.name for payer in self.payers.all()]


class PaidBy(Exists):
    """The condition "this payer can pay for the offer", for filters and relevance (Q(PaidBy("gemeente"))).

    A subquery, not a join, so an OR of payers or a score over them adds no duplicate rows; the search snapshot
    reads ``code`` and evaluates it over its column of that payer (search/snapshot.py)."""

    def __init__(self, code: str, **kwargs):
        self.code = code
        links = Offer.payers.through.objects.filter(offer=OuterRef("pk"), payer__code=code)
        super().__init__(links, **kwargs)


class CatalogueVersion(models.Model):
    """One row whose token changes in the same transaction as every change to the offers (search.index).

    App servers keep a facet snapshot of the catalogue in memory (search.snapshot) and refresh it when this token
    differs from the one it was built at. A random token, so a rolled-back change cannot be confused with a later,
    different one; and a number, one up per change, so a snapshot can read which changes it missed
    (CatalogueChange). Writers update this row first of the two, so they take their numbers in commit order.
    """

    token = models.CharField(max_length=32)
    number = models.BigIntegerField(default=0)

    def __str__(self):
        return f"{self.number} ({self.token})"


class CatalogueChange(models.Model):
    """Which offers one catalogue version changed, so a snapshot reloads only those rows (search.snapshot).

    Written with the version in the same transaction; old rows are pruned (search.index.KEEP_CHANGES). ``offer_ids``
    is a JSON list, or empty when the change was too large to list: then a snapshot rebuilds in full.
    """

    number = models.BigIntegerField(primary_key=True)
    token = models.CharField(max_length=32)
    offer_ids = models.TextField(blank=True)

    def __str__(self):
        return f"{self.number} ({self.token})"


class Review(models.Model):
    """One person's rating and one sentence about an offer they followed; shown only after a beheerder approves."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op controle")
        APPROVED = "approved", _("Goedgekeurd")
        REJECTED = "rejected", _("Afgewezen")

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="reviews")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="catalogue_reviews")
    # A mark from 1 to 10 (until migration 0011 it was 1 to 5; older marks were doubled).
    rating = models.PositiveSmallIntegerField(_("cijfer"), validators=[MinValueValidator(1), MaxValueValidator(10)])
    sentence = models.CharField(_("wat het je bracht"), max_length=200)
    # The reviewer's primary target group when they wrote it: peers in the same situation see it first.
    primary_group = models.CharField(_("doelgroep"), max_length=40, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ervaring")
        verbose_name_plural = _("ervaringen")
        constraints = [models.UniqueConstraint(fields=["offer", "user"], name="catalogue_review_one_per_person")]

    def __str__(self):
        return f"{self.offer} ({self.rating})"
