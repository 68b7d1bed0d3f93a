"""The person's "Mijn ontwikkelbudget", reserving for an offer, confirming or cancelling a reservation, and the
granting organisation's totals. Who may open each view is in permissions.py; ownership is checked here."""

import uuid

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from wegwijzer.accounts.models import Role
from wegwijzer.catalogue.models import Offer
from wegwijzer.insight.services import min_group_size

from . import services
from .forms import CodeForm, GrantLinkForm
from .ledger import Movement
from .models import GrantLink, Reservation
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
    reservations = Reservation.objects.select_related("budget", "offer__provider")
    return get_object_or_404(reservations, pk=pk, budget__person=request.user)


def _finish(request, pk: int, movement: Movement):
    reservation = _own_reservation(request, pk)
    if movement == Movement.BOOK and services.provider_confirms(reservation):
        text = _("De aanbieder bevestigt je aanmelding in Wegwijzer. Geef de aanbieder je code: %(code)s.")
        messages.error(request, text % {"code": reservation.reference})
        return redirect("budget:mine")
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


# --- an organisation offers a budget through a code ----------------------------------------------------------


def _granting_organisation(request):
    """The viewer's organisation when it grants budgets (employer, O&O-fonds, municipality); else the page says so."""
    organisation = request.user.organisation
    return organisation if services.grants_budgets(organisation) else None


@require_http_methods(["GET", "POST"])
def grant_links(request):
    """The organisation's codes for a budget, and the form for a new one."""
    organisation = _granting_organisation(request)
    form = GrantLinkForm(request.POST or None)
    if request.method == "POST" and organisation is not None and form.is_valid():
        data = form.cleaned_data
        link = services.create_grant_link(
            organisation,
            request.user,
            name=data["name"],
            amount_cents=form.amount_cents,
            places=data["places"],
            valid_from=data["valid_from"],
            valid_until=data["valid_until"],
            offer_kinds=data["offer_kinds"],
        )
        messages.info(request, _("De code is klaar. Stuur hem of de link naar de mensen die het budget krijgen."))
        return redirect("budget:grant_link", pk=link.pk)
    links = services.grant_links(organisation) if organisation else []
    context = {"organisation": organisation, "form": form, "links": links}
    return render(request, "budget/grant_links.html", context, status=400 if form.errors else 200)


def _own_link(request, pk: int) -> GrantLink:
    organisation = _granting_organisation(request)
    if organisation is None:
        raise Http404
    return get_object_or_404(services.grant_links(organisation), pk=pk)


@require_GET
def grant_link(request, pk: int):
    """One code: the link to send, how many used it, and the people who share their plan, to give it directly."""
    link = _own_link(request, pk)
    context = {
        "link": link,
        "url": request.build_absolute_uri(reverse("budget:claim_link", args=[link.code])),
        "people": services.people_to_give(link.grantor) if link.stopped_at is None else [],
        "given": set(link.budgets.values_list("person_id", flat=True)),
    }
    return render(request, "budget/grant_link.html", context)


@require_POST
def stop_grant_link(request, pk: int):
    link = _own_link(request, pk)
    if services.stop(link):
        messages.info(request, _("De code is gestopt. Wie het budget al kreeg, houdt het."))
    else:
        messages.info(request, _("Deze code was al gestopt. Er is niets veranderd."))
    return redirect("budget:grant_link", pk=link.pk)


@require_POST
def give(request, pk: int):
    """Give the code's budget directly to one person who shares their plan with the organisation."""
    link = _own_link(request, pk)
    chosen = request.POST.get("persoon", "")
    person = services.people_to_give(link.grantor).filter(pk=chosen).first() if chosen.isdigit() else None
    if person is None:
        messages.error(request, _("Kies iemand uit de lijst. Alleen wie zijn plan met jullie deelt, staat erin."))
        return redirect("budget:grant_link", pk=link.pk)
    try:
        _budget, created = services.give(link, person, request.user)
    except services.BudgetError as error:
        messages.error(request, str(error))
        return redirect("budget:grant_link", pk=link.pk)
    text = (
        _("%(name)s heeft het budget gekregen.") if created else _("%(name)s had dit budget al. Er is niets veranderd.")
    )
    messages.info(request, text % {"name": person.display_name})
    return redirect("budget:grant_link", pk=link.pk)


# --- a person uses a code -------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def claim(request):
    """Type the code you got; it opens the page of that code."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        link = services.find_link(form.cleaned_data["code"])
        if link is not None:
            return redirect("budget:claim_link", code=link.code)
        form.add_error("code", _("Deze code kennen we niet. Kijk of je hem goed overnam."))
    return render(request, "budget/claim.html", {"form": form}, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
def claim_link(request, code: str):
    """What the code gives, from whom; one button to take it."""
    link = services.find_link(code)
    if link is None:
        raise Http404(_("Deze code kennen we niet."))
    if request.method == "POST":
        try:
            _budget, created = services.claim(request.user, link)
        except services.BudgetError as error:
            messages.error(request, str(error))
            return redirect("budget:claim_link", code=link.code)
        messages.info(request, _("Je hebt het budget gekregen.") if created else _("Je had dit budget al."))
        return redirect("budget:mine")
    return render(request, "budget/claim_link.html", {"link": link, "kinds": services.kind_labels(link.offer_kinds)})


# --- a provider confirms sign-ups ----------------------------------------------------------------------------


@require_GET
def provider(request):
    """The sign-ups for the provider's offers that wait for its word: a code, an offer, an amount, a date."""
    context = {"organisation": request.user.organisation, "reservations": services.held_for_provider(request.user)}
    return render(request, "budget/provider.html", context)


def _provider_decides(request, pk: int, enrolled: bool):
    reservation = services.provider_reservation(request.user, pk)
    if reservation is None:
        raise Http404
    try:
        outcome = services.provider_decides(request.user, reservation, enrolled)
    except services.BudgetError as error:
        messages.error(request, str(error))
        return redirect("budget:provider")
    if not outcome.created:
        messages.info(request, _("Dit was al gedaan. Er is niets veranderd."))
    elif enrolled:
        messages.info(request, _("Bevestigd: %(code)s. Het geld is betaald.") % {"code": reservation.reference})
    else:
        messages.info(
            request, _("%(code)s is niet aangemeld. Het geld is weer vrij.") % {"code": reservation.reference}
        )
    return redirect("budget:provider")


@require_POST
def provider_confirm(request, pk: int):
    return _provider_decides(request, pk, enrolled=True)


@require_POST
def provider_reject(request, pk: int):
    return _provider_decides(request, pk, enrolled=False)
