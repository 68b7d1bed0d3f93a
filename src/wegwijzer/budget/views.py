"""The person's "Mijn ontwikkelbudget", reserving for an offer, confirming or cancelling a reservation, and the
granting organisation's totals. Who may open each view is in permissions.py; ownership is checked here."""

import uuid

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wegwijzer.accounts.models import Role
from wegwijzer.catalogue.models import Offer
from wegwijzer.insight.services import min_group_size

from . import services
from .ledger import Movement
from .models import Reservation
from .money import euros


@require_GET
def mine(request):
    """The person's budgets: what is left, what is held for a sign-up, what was spent."""
    return render(request, "budget/mine.html", {"summaries": services.summaries(request.user)})


@require_POST
def reserve(request, offer_id: int):
    """Hold an offer's price on the person's budget. The form's key makes a second click (or a resent form) harmless."""
    offer = get_object_or_404(Offer, pk=offer_id, is_active=True)
    try:
        outcome = services.reserve(request.user, offer, request.POST.get("sleutel", ""))
    except services.BudgetError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(reverse("catalogue:offer", args=[offer.pk]))
    if outcome.created:
        text = _("Gereserveerd: %(amount)s voor %(title)s. Meld je nu aan bij de aanbieder.")
    else:
        text = _("Dit was al gereserveerd: %(amount)s voor %(title)s.")
    messages.info(request, text % {"amount": euros(outcome.reservation.amount_cents), "title": offer.title})
    return redirect("budget:mine")


def _own_reservation(request, pk: int) -> Reservation:
    return get_object_or_404(Reservation.objects.select_related("budget"), pk=pk, budget__person=request.user)


def _finish(request, pk: int, movement: Movement):
    reservation = _own_reservation(request, pk)
    action = services.book if movement == Movement.BOOK else services.release
    try:
        outcome = action(reservation, request.user)
    except services.BudgetError as error:
        messages.error(request, str(error))
        return redirect("budget:mine")
    amount = euros(reservation.amount_cents)
    if not outcome.created:
        messages.info(request, _("Dit was al gedaan. Er is niets veranderd."))
    elif movement == Movement.BOOK:
        messages.info(request, _("Betaald: %(amount)s uit je ontwikkelbudget.") % {"amount": amount})
    else:
        messages.info(request, _("Geannuleerd. Je hebt %(amount)s weer te besteden.") % {"amount": amount})
    return redirect("budget:mine")


@require_POST
def confirm(request, pk: int):
    return _finish(request, pk, Movement.BOOK)


@require_POST
def cancel(request, pk: int):
    return _finish(request, pk, Movement.RELEASE)


@require_GET
def organisation(request):
    """What the granting organisation sees: totals over enough people, never who chose what."""
    organisation = request.user.organisation
    figures = services.organisation_figures(organisation) if organisation else None
    context = {"organisation": organisation, "figures": figures, "min_group": min_group_size()}
    return render(request, "budget/organisation.html", context)


def offer_panel(request, offer: Offer) -> str:
    """The offer page's "Je ontwikkelbudget: € x over" with a reserve button (core/registry.py, offer_panel)."""
    user = request.user
    if not user.is_authenticated or user.role != Role.DEELNEMER or offer.price_cents == 0:
        return ""
    option = services.offer_budget(user, offer)
    if option is None:
        return ""
    context = {"offer": offer, "option": option, "key": uuid.uuid4().hex}
    return render_to_string("budget/_offer_panel.html", context, request=request)
