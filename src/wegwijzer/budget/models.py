"""The ontwikkelbudget: a budget an organisation grants a person, its reservations, and the ledger of its money.

A budget's balances are never stored: they are the sums of its ledger lines (ledger.py). Entries and lines are
never changed or deleted one by one; they go only with the whole budget (the person deletes their account).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .ledger import Account, Movement


class GrantLink(models.Model):
    """An organisation's offer of a budget to whoever has its code: an employer to its employees, an O&O-fonds to the
    workers of its sector, a municipality to its residents. Each person who uses the code gets one Budget, until
    the places run out or the organisation stops the code. The organisation sees how many used it, never what they
    chose."""

    grantor = models.ForeignKey(
        "accounts.Organisation", verbose_name=_("gegeven door"), on_delete=models.PROTECT, related_name="grant_links"
    )
    name = models.CharField(_("naam"), max_length=100, help_text=_("Bijvoorbeeld: Leerbudget 2026."))
    amount_cents = models.PositiveIntegerField(_("bedrag per persoon in centen"))
    places = models.PositiveIntegerField(_("voor hoeveel mensen"))
    valid_from = models.DateField(_("te gebruiken vanaf"))
    valid_until = models.DateField(_("te gebruiken tot en met"))
    offer_kinds = models.JSONField(_("waarvoor"), default=list)  # codes of catalogue.vocab.Kind
    code = models.CharField(_("code"), max_length=12, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    stopped_at = models.DateTimeField(_("gestopt op"), null=True, blank=True)

    class Meta:
        verbose_name = _("code voor een ontwikkelbudget")
        verbose_name_plural = _("codes voor een ontwikkelbudget")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__gte=models.F("valid_from")), name="grant_link_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.grantor})"


class Budget(models.Model):
    """Money an employer, fund or municipality granted one person for learning, for a period and kinds of offer."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="budgets"
    )
    grantor = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("gegeven door"),
        on_delete=models.PROTECT,
        related_name="granted_budgets",
    )
    name = models.CharField(_("naam"), max_length=100, help_text=_("Bijvoorbeeld: Leerbudget 2026."))
    valid_from = models.DateField(_("te gebruiken vanaf"))
    valid_until = models.DateField(_("te gebruiken tot en met"))
    # Codes of catalogue.vocab.Kind; the budget pays only for offers of these kinds.
    offer_kinds = models.JSONField(_("waarvoor"), default=list)
    is_example = models.BooleanField(_("voorbeeld"), default=False, help_text=_("Voorbeeldgegevens, geen echt geld."))
    # The code the person used to get it; empty when a beheerder granted it in the admin.
    grant_link = models.ForeignKey(
        GrantLink, verbose_name=_("code"), null=True, blank=True, on_delete=models.PROTECT, related_name="budgets"
    )
    reminder_sent_on = models.DateField(_("herinnering gestuurd op"), null=True, blank=True)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)

    class Meta:
        verbose_name = _("ontwikkelbudget")
        verbose_name_plural = _("ontwikkelbudgetten")
        ordering = ["valid_until", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(valid_until__gte=models.F("valid_from")), name="budget_period")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.grantor})"


class Reservation(models.Model):
    """Money of a budget held for one offer the person signed up for. Its state follows from its entries."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="reservations")
    offer = models.ForeignKey(
        "catalogue.Offer", verbose_name=_("aanbod"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The offer's title and price when the person reserved, so the page still says what it was for.
    offer_title = models.CharField(_("aanbod"), max_length=200)
    amount_cents = models.PositiveBigIntegerField(_("bedrag in centen"))
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)

    class Meta:
        verbose_name = _("reservering")
        verbose_name_plural = _("reserveringen")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.offer_title

    @property
    def reference(self) -> str:
        """What the person tells the provider at sign-up, and all the provider sees of them (no name, no contact)."""
        return f"WW-{self.pk:06d}"


class ImmutableModel(models.Model):
    """Written once: saving an existing row or deleting one row refuses (deleting the budget removes them)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError(f"{type(self).__name__} verandert nooit; boek een nieuwe beweging.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError(f"{type(self).__name__} wordt nooit los verwijderd.")


class Entry(ImmutableModel):
    """One movement of money, with who made it, when and why (the audit trail). ``idempotency_key`` makes the same
    request twice one movement."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="entries")
    movement = models.CharField(_("beweging"), max_length=20, choices=[(m.value, m.value) for m in Movement])
    reservation = models.ForeignKey(
        Reservation, null=True, blank=True, on_delete=models.CASCADE, related_name="entries"
    )
    idempotency_key = models.CharField(_("sleutel"), max_length=64)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",  # who did it, not whose data it is (a beheerder may grant; accounts/staff.py)
    )
    actor_role = models.CharField(_("rol"), max_length=20, blank=True)  # kept when the actor's account goes
    reason = models.CharField(_("waarom"), max_length=200)
    at = models.DateTimeField(_("wanneer"), default=timezone.now)

    class Meta:
        verbose_name = _("boeking")
        verbose_name_plural = _("boekingen")
        ordering = ["at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["budget", "idempotency_key"], name="budget_entry_idempotency_key")
        ]

    def __str__(self) -> str:
        return f"{self.movement} {self.at:%Y-%m-%d %H:%M}"


class Line(ImmutableModel):
    """One side of an entry: debit (positive) or credit (negative) on one account, in cents."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="lines")
    account = models.CharField(_("rekening"), max_length=20, choices=[(a.value, a.value) for a in Account])
    amount_cents = models.BigIntegerField(_("bedrag in centen"))

    class Meta:
        verbose_name = _("boekingsregel")
        verbose_name_plural = _("boekingsregels")
        indexes = [models.Index(fields=["entry", "account"])]

    def __str__(self) -> str:
        return f"{self.account} {self.amount_cents}"
