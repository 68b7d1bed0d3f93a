"""The coach's workspace (caseload, invitations, a person's file, conversations, referrals, the shared plan) and the
participant's side of it (accept an invitation, what the coach shares, the same plan).

Who may open each view is in permissions.py (the permission matrix). Every coach page about a person checks the
person's consent on every request (_person_for_coach), so a withdrawn consent closes all of them at once; every
page that shows a person's data to the coach is written to the access log."""

from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from wegwijzer.accounts.models import DataCategory, Role
from wegwijzer.accounts.privacy_hooks import shared_with
from wegwijzer.accounts.services import has_access, log_access
from wegwijzer.accounts.views import open_person_data
from wegwijzer.core.registry import registry
from wegwijzer.scan.models import Plan

from . import forms, services
from .models import Contact, PlanStep, Referral

SHOW_CHOICES = (
    (services.SHOW_ALL, gettext_lazy("Iedereen")),
    (services.SHOW_NEEDS_ATTENTION, gettext_lazy("Heeft aandacht nodig")),
    (services.SHOW_QUIET, gettext_lazy("Stil geworden")),
    (services.SHOW_OVERDUE, gettext_lazy("Stap over de datum")),
)
ORDER_CHOICES = (
    ("naam", gettext_lazy("Naam")),
    ("stil", gettext_lazy("Langst niets gehoord")),
    ("afspraak", gettext_lazy("Eerstvolgende afspraak")),
    ("laatste_scan", gettext_lazy("Nieuwste scan")),
)


def _choice(request, name: str, choices) -> str:
    """A GET filter; an unknown value falls back to the first choice (a link from an old bookmark still works)."""
    value = request.GET.get(name, "")
    return value if value in dict(choices) else choices[0][0]


@require_GET
def caseload(request):
    show, order = _choice(request, "toon", SHOW_CHOICES), _choice(request, "sorteer", ORDER_CHOICES)
    people = services.caseload(request.user, show=show, order=order)
    context = {
        "people": people,
        "coach_code": request.user.coach_code,
        "show": show,
        "order": order,
        "show_choices": SHOW_CHOICES,
        "order_choices": ORDER_CHOICES,
        "quiet_days": services.quiet_days(),
    }
    return render(request, "coaching/caseload.html", context)


@require_http_methods(["GET", "POST"])
def invite(request):
    """A coach makes an invitation: a short code and a link that carries it. It grants nothing until the person
    accepts it on their own screen."""
    invitation = services.invite(request.user) if request.method == "POST" else None
    link = (
        request.build_absolute_uri(reverse("accounts:coach_invitation")) + f"?code={invitation.code}"
        if invitation
        else ""
    )
    return render(request, "coaching/invite.html", {"invitation": invitation, "link": link})


def _person_for_coach(request, person_id: int, what: str = DataCategory.OVERVIEW):
    """The person, if they give this coach access right now; otherwise the person does not exist for the coach."""
    person = get_object_or_404(get_user_model(), pk=person_id, is_active=True)
    if not has_access(request.user, person, what):
        raise Http404
    return person


@require_http_methods(["GET", "POST"])
def person(request, person_id: int):
    """A coach opens a person's advice, skills, plan and credentials: only with the person's consent, and only
    after saying why (logged)."""
    back = (reverse("coaching:file", args=[person_id]), _("Terug naar het dossier"))
    return open_person_data(request, person_id, DataCategory.OVERVIEW, back)


@require_GET
def file(request, person_id: int):
    """The coach's file of a person: conversations, notes, referrals and a link to the shared plan (logged)."""
    person = _person_for_coach(request, person_id)
    log_access(request.user, person, DataCategory.OVERVIEW, "Coachdossier: gesprekken en notities bekeken")
    context = {"person": person, "file": services.coach_file(person), "follow_up_form": forms.FollowUpForm()}
    return render(request, "coaching/file.html", context)


@require_http_methods(["GET", "POST"])
def contact(request, person_id: int):
    """Record a conversation, with the conversation guide for its kind beside the form (?soort= chooses it)."""
    person = _person_for_coach(request, person_id)
    kind = request.POST.get("kind") or request.GET.get("soort") or "intake"
    guide = services.conversation_guide()
    kind = kind if kind in guide["kinds"] else "intake"
    form = forms.ContactForm(request.POST or None, initial={"kind": kind})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.record_contact(
            request.user, person, date=data["date"], kind=data["kind"], topic=data["topic"], tag=data["tag"],
            note=data["note"], note_shared=data["note_shared"], referral_service=data["referral_service"],
        )  # fmt: skip
        messages.success(request, _("Het gesprek is opgeslagen."))
        return redirect("coaching:file", person_id=person.pk)
    context = {"person": person, "form": form, "kind": kind, "guide": guide, "kinds": Contact.Kind.choices}
    return render(request, "coaching/contact.html", context)


@require_POST
def follow_up(request, person_id: int, referral_id: int):
    """Did the person get to the help they were referred to?"""
    person = _person_for_coach(request, person_id)
    referral = get_object_or_404(Referral, pk=referral_id, person=person)
    form = forms.FollowUpForm(request.POST)
    if form.is_valid():
        services.follow_up_referral(referral, form.cleaned_data["arrived"])
        messages.success(request, _("Opgeslagen."))
    else:
        messages.error(request, _("Kies ja of nee."))
    return redirect("coaching:file", person_id=person.pk)


@dataclass(frozen=True)
class PlanSide:
    """Whose plan a page is about, and the URL names of that side's plan pages: the coach's (/coach/<id>/plan/…)
    or the person's own (/account/coach/plan/…). Both sides share every plan view below."""

    person: Any
    namespace: str
    prefix: str
    person_kwargs: dict = field(default_factory=dict)
    back: str = ""
    looked_at: str = ""  # the coach's side: what the access log says about a look (the person's own is not logged)

    def url(self, page: str = "", step: PlanStep | None = None) -> str:
        kwargs = self.person_kwargs | ({"step_id": step.pk} if step else {})
        return reverse(f"{self.namespace}:{self.prefix}{page}", kwargs=kwargs)


def _coach_side(request, person_id: int, looked_at: str) -> PlanSide:
    """The coach's side, after the consent check."""
    person = _person_for_coach(request, person_id)
    back = reverse("coaching:file", args=[person.pk])
    return PlanSide(person, "coaching", "plan", {"person_id": person.pk}, back, looked_at)


def _log_look(request, side: PlanSide) -> None:
    """Each look of the coach at the plan or one of its steps goes into the access log, once it is found."""
    if side.looked_at and request.method == "GET":
        log_access(request.user, side.person, DataCategory.PLAN, side.looked_at)


def _own_side(request) -> PlanSide:
    return PlanSide(request.user, "accounts", "my_coach_plan", back=reverse("accounts:my_coach"))


def _step_of(request, side: PlanSide, step_id: int) -> PlanStep:
    """A step of this person's plan (its look logged); another person's step does not exist here."""
    step = get_object_or_404(PlanStep, pk=step_id, person=side.person)
    _log_look(request, side)
    return step


@require_http_methods(["GET", "POST"])
def plan(request, person_id: int):
    """The shared plan as the coach edits it (the same page part as the person's)."""
    return _plan_page(request, _coach_side(request, person_id, "Gedeeld plan bekeken"))


def _plan_page(request, side: PlanSide):
    """One page for both sides: the goal in the person's words, small steps with an owner, a date, an offer and a
    scheme, and the history of every change. A POST carries one action: goal, step or done."""
    _log_look(request, side)
    person, here = side.person, side.url("")
    action = request.POST.get("action", "")
    goal_form = forms.GoalForm(request.POST if action == "goal" else None)
    step_form = forms.StepForm(request.POST if action == "step" else None)
    if request.method == "POST":
        if action == "goal" and goal_form.is_valid():
            try:
                services.set_goal(person, request.user, goal_form.cleaned_data["goal"])
            except Plan.DoesNotExist:
                messages.error(request, _("Er is nog geen ontwikkelplan. Dat maakt de deelnemer na de scan."))
            return redirect(here)
        if action == "step" and step_form.is_valid():
            services.add_step(person, request.user, **step_form.cleaned_data)
            messages.success(request, _("De stap staat in het plan."))
            return redirect(here)
        if action == "done":
            step = (
                PlanStep.objects.filter(person=person, pk=request.POST.get("step", "")).first()
                if request.POST.get("step", "").isdigit()
                else None
            )
            if step is None:
                messages.error(request, _("Deze stap bestaat niet meer."))
            else:
                services.complete_step(step, request.user)
                messages.success(request, _("Goed gedaan! De stap is af."))
            return redirect(here)
        if action not in ("goal", "step"):
            messages.error(request, _("Dat konden we niet opslaan. Probeer het opnieuw."))
            return redirect(here)
    current = services.current_plan(person)
    steps = services.plan_steps(person)
    context = {
        "person": person,
        "plan": current,
        "steps": [(step, side.url("_step", step), side.url("_step_offer", step), side.url("_step_delete", step))
                  for step in steps],
        "history": services.plan_history(person),
        "goal_form": goal_form
        if goal_form.is_bound
        else forms.GoalForm(initial={"goal": current.goal if current else ""}),
        "step_form": step_form,
        "here": here,
        "back": side.back,
        "is_coach": request.user.role == Role.COACH,
    }  # fmt: skip
    return render(request, "coaching/plan.html", context)


def _step_page(request, side: PlanSide, step_id: int):
    """Change a step: what, who, when, and who pays; every change goes into the history both see."""
    step = services.with_choices([_step_of(request, side, step_id)])[0]
    initial = {"text": step.text, "owner": step.owner, "due": step.due, "funding_ref": step.funding_ref}
    form = forms.StepForm(request.POST or None, initial=initial, current_funding=step.funding_choice)
    if request.method == "POST" and form.is_valid():
        services.edit_step(step, request.user, **form.cleaned_data)
        messages.success(request, _("De stap is gewijzigd."))
        return redirect(side.url(""))
    context = {"person": side.person, "step": step, "form": form, "side": side,
               "offer_url": side.url("_step_offer", step), "delete_url": side.url("_step_delete", step)}  # fmt: skip
    return render(request, "coaching/plan_step.html", context)


def _step_offer_page(request, side: PlanSide, step_id: int):
    """Choose an offer for a step: search with words (GET), then choose one of the results (POST), or none."""
    step = services.with_choices([_step_of(request, side, step_id)])[0]
    if request.method == "POST":
        ref = request.POST.get("offer", "")
        offer = services.lookup_choices(services.OFFERS, [ref]).get(ref) if ref else None
        if ref and offer is None:
            messages.error(request, _("Dit aanbod staat niet meer in de catalogus. Zoek opnieuw."))
            return redirect(side.url("_step_offer", step))
        services.choose_offer(step, request.user, offer)
        messages.success(request, _("Het aanbod staat bij de stap.") if offer else _("De stap heeft geen aanbod meer."))
        return redirect(side.url(""))
    form = forms.OfferSearchForm(request.GET if "zoek" in request.GET else None)
    found = services.find_choices(services.OFFERS, form.cleaned_data["zoek"]) if form.is_valid() else None
    context = {"person": side.person, "step": step, "form": form, "found": found, "side": side,
               "here": side.url("_step_offer", step)}  # fmt: skip
    return render(request, "coaching/plan_step_offer.html", context)


def _step_delete_page(request, side: PlanSide, step_id: int):
    """Ask first (a page, so it works without JavaScript); only the POST of that page takes the step away."""
    step = _step_of(request, side, step_id)
    if request.method == "POST":
        services.delete_step(step, request.user)
        messages.success(request, _("De stap is uit het plan gehaald."))
        return redirect(side.url(""))
    context = {"person": side.person, "step": step, "here": side.url("_step_delete", step), "back": side.url("")}
    return render(request, "coaching/plan_step_delete.html", context)


@require_http_methods(["GET", "POST"])
def plan_step(request, person_id: int, step_id: int):
    return _step_page(request, _coach_side(request, person_id, "Stap in het gedeelde plan bekeken"), step_id)


@require_http_methods(["GET", "POST"])
def plan_step_offer(request, person_id: int, step_id: int):
    return _step_offer_page(request, _coach_side(request, person_id, "Aanbod voor een stap gezocht"), step_id)


@require_http_methods(["GET", "POST"])
def plan_step_delete(request, person_id: int, step_id: int):
    return _step_delete_page(request, _coach_side(request, person_id, "Stap in het gedeelde plan bekeken"), step_id)


@require_GET
def funding(request, person_id: int):
    """Which funding schemes fit this person, might fit or do not, with the reasons (the funding app's panel
    through the registry). The Profiel holds the sensitive answers only when the person allowed the coach them:
    what follows from an answer is as sensitive as the answer (scan.privacy.profile_seen_by_others). Logged."""
    person = _person_for_coach(request, person_id, DataCategory.SCAN)
    log_access(request.user, person, DataCategory.SCAN, "Welk geld past bekeken")
    profile, place = services.funding_profile(request.user, person)
    panel = registry.eligibility_panel(request, profile, place)
    return render(request, "coaching/funding.html", {"person": person, "panel": panel})


# --- the participant's side -----------------------------------------------------------------------------------------


@require_GET
def coach_preview(request):
    """ "Zo ziet je coach je gegevens": for each coach with access, what that coach sees, from the same function
    (shared_with) and the same part of a page (accounts/_shared_data.html) as the coach's own page. The person
    looking at their own data is not logged."""
    person = request.user
    previews = [{"coach": coach, "shared": shared_with(coach, person)} for coach in services.coaches_of(person)]
    return render(request, "coaching/preview.html", {"previews": previews})


@require_http_methods(["GET", "POST"])
def grant_coach(request):
    """The participant gives a coach access with the coach's code (part of their own account: accounts:grant_coach)."""
    form = forms.GrantCoachForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.grant_access(request.user, form.coach, include_sensitive=form.cleaned_data["include_sensitive"])
        messages.success(request, _("%(coach)s kan nu met je meekijken.") % {"coach": form.coach.display_name})
        return redirect("accounts:privacy")
    return render(request, "coaching/grant_coach.html", {"form": form})


@require_http_methods(["GET", "POST"])
def accept_invitation(request):
    """The person accepts a coach's invitation on their own screen (the link fills in the code)."""
    if request.method == "POST":
        form = forms.AcceptInvitationForm(request.POST)
    else:
        form = forms.AcceptInvitationForm(initial={"code": request.GET.get("code", "")})
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.accept_invitation(
                request.user, form.cleaned_data["code"], include_sensitive=form.cleaned_data["include_sensitive"]
            )
        except services.InvitationProblem as problem:
            form.add_error("code", str(problem))
        else:
            messages.success(
                request, _("%(coach)s kan nu met je meekijken.") % {"coach": invitation.coach.display_name}
            )
            return redirect("accounts:my_coach")
    return render(request, "coaching/accept_invitation.html", {"form": form})


@require_GET
def my_coach(request):
    """What the person's coach shares with them: shared notes, conversations, referrals, and the way to the plan."""
    person = request.user
    file = services.coach_file(person)  # its private notes are not passed on: the person sees the shared ones
    context = {
        "coaches": services.coaches_of(person),
        "notes": services.shared_notes(person),
        "contacts": file.contacts,
        "referrals": file.referrals,
    }
    return render(request, "coaching/my_coach.html", context)


@require_POST
def remove_referral(request, pk: int):
    """The person takes away a referral they do not agree with (only their own; nothing else changes)."""
    referral = get_object_or_404(Referral, pk=pk, person=request.user)
    referral.delete()
    messages.success(request, _("De verwijzing is weg."))
    return redirect("accounts:my_coach")


@require_http_methods(["GET", "POST"])
def my_plan(request):
    return _plan_page(request, _own_side(request))


@require_http_methods(["GET", "POST"])
def my_plan_step(request, step_id: int):
    return _step_page(request, _own_side(request), step_id)


@require_http_methods(["GET", "POST"])
def my_plan_step_offer(request, step_id: int):
    return _step_offer_page(request, _own_side(request), step_id)


@require_http_methods(["GET", "POST"])
def my_plan_step_delete(request, step_id: int):
    return _step_delete_page(request, _own_side(request), step_id)
