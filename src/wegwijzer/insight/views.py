"""An employer's or region's figures, the invitation code, the anonymous learning-climate survey and its dashboard
(page, CSV, printable summary), the plans people share with their employer, and one shared plan.

Who may open each view is in permissions.py (the permission matrix); object checks are here and in has_access.
Every figure on the climate pages comes from services.climate_summary: k or more answers, small cells hidden."""

import csv

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from wegwijzer.accounts.models import Consent, DataCategory, Organisation
from wegwijzer.accounts.services import (
    employer_of,
    people_sharing_with,
    share_with_employer,
    sharing_with_employer,
    stop_sharing_with_employer,
)
from wegwijzer.accounts.views import open_person_data

from . import services
from .charts import bars, score_bars
from .forms import ClimateForm, CodeForm, ConversationPrepForm
from .models import CONVERSATION, ConversationPrep
from .suppression import Distribution
from .survey import Answer, load_survey


def organisation(request):
    """Aggregated figures for an employer or region: counts only, hidden when they are too small."""
    organisation = request.user.organisation
    figures = None
    if organisation is not None:
        people = services.organisation_people(organisation)
        with_coach = people.filter(consents__subject=Consent.Subject.COACH_ACCESS, consents__withdrawn_at__isnull=True)
        figures = {
            "people": services.suppress_small(people.count()),
            "with_coach": services.suppress_small(with_coach.distinct().count()),
        }
    counted = services.quarter_figures(organisation, None, timezone.localdate()) if organisation else None
    context = {
        "organisation": organisation,
        "figures": figures,
        "counted": counted,
        "min_group": services.min_group_size(),
    }
    return render(request, "insight/organisation.html", context)


@require_http_methods(["GET", "POST"])
def invite(request):
    """The employer's code and link; a POST makes a new code (the old one stops working)."""
    organisation = request.user.organisation
    if organisation is None:
        return render(request, "insight/invite.html", {"organisation": None})
    if request.method == "POST":
        services.new_invitation_code(organisation)
        messages.success(request, _("Er is een nieuwe code. De oude code werkt niet meer."))
        return redirect("insight:invite")
    code = services.invitation(organisation).code
    link = request.build_absolute_uri(reverse("insight:join") + f"?code={code}")
    context = {"organisation": organisation, "code": code, "link": link, "min_group": services.min_group_size()}
    return render(request, "insight/invite.html", context)


@require_http_methods(["GET", "POST"])
def join(request):
    """A participant links their account to the employer of a code, then may fill in the survey."""
    data = request.POST if request.method == "POST" else (request.GET if "code" in request.GET else None)
    form = CodeForm(data)
    employer = None
    if form.is_bound and form.is_valid():
        employer = services.organisation_for_code(form.cleaned_data["code"])
        if employer is None:
            form.add_error("code", _("Deze code kennen we niet. Kijk of je hem goed overnam, of vraag een nieuwe."))
    if request.method == "POST" and employer is not None and "confirm" in request.POST:
        services.join(request.user, employer)
        messages.success(request, _("Je account hoort nu bij %(name)s.") % {"name": employer.name})
        return redirect("insight:survey")
    return render(request, "insight/join.html", {"form": form, "employer": employer})


@require_http_methods(["GET", "POST"])
def survey(request):
    """The short, anonymous learning-climate survey; once per quarter."""
    today = timezone.localdate()
    employer = request.user.organisation
    if not services.may_answer(request.user, today):
        return render(request, "insight/survey_closed.html", {"employer": employer})
    questions = load_survey()
    form = ClimateForm(request.POST or None, survey=questions)
    if request.method == "POST" and form.is_valid():
        answers = form.cleaned_data
        answer = Answer({f.key: answers[f.key] for f in questions.factors}, answers["barrier"], answers["driver"])
        services.record_answer(request.user, answer, today)
        return render(request, "insight/survey_thanks.html", {"employer": employer})
    context = {"form": form, "employer": employer, "min_group": services.min_group_size()}
    return render(request, "insight/survey.html", context)


def _dashboard_context(request) -> dict:
    """The chosen closed quarter (only one of the list counts; anything else means the newest) and its summary."""
    organisation: Organisation | None = request.user.organisation
    today = timezone.localdate()
    shown = services.climate_dashboard(organisation, request.GET.get("kwartaal"), today) if organisation else None
    summary = shown.summary if shown else None
    context = {
        "organisation": organisation,
        "quarters": shown.quarters if shown else [],
        "quarter": shown.quarter if shown else None,
        "summary": summary,
        "min_group": services.min_group_size(),
        "running_quarter": services.quarter_of(today),
    }
    if summary:
        questions = load_survey()
        context |= {
            "score_chart": score_bars(summary.scores),
            "barrier_chart": bars(summary.barriers, questions.barriers.options, _("Andere antwoorden samen")),
            "driver_chart": bars(summary.drivers, questions.drivers.options, _("Andere antwoorden samen")),
        }
    return context


@require_GET
def climate(request):
    """The learning-climate dashboard: aggregates of one closed quarter, each chart with its table."""
    return render(request, "insight/climate.html", _dashboard_context(request))


@require_GET
def climate_print(request):
    """One printable page for the ondernemingsraad: the same figures as the dashboard."""
    return render(request, "insight/climate_print.html", _dashboard_context(request))


@require_GET
def climate_csv(request):
    """The dashboard's figures as CSV: the same suppressed figures, one row per figure, never a person."""
    context = _dashboard_context(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="leerklimaat-{context["quarter"] or "leeg"}.csv"'
    writer = csv.writer(response)
    writer.writerow([_("kwartaal"), _("onderdeel"), _("wat"), _("waarde")])
    summary = context["summary"]
    if summary:
        quarter = context["quarter"]
        writer.writerow([quarter, _("deelname"), _("antwoorden"), summary.answers])
        for score in summary.scores:
            writer.writerow([quarter, _("leerklimaat (1 tot 5)"), score.factor.title, f"{score.mean:.1f}"])
        for part, chart in ((_("drempel"), context["barrier_chart"]), (_("wat helpt"), context["driver_chart"])):
            for row in chart.rows:
                writer.writerow([quarter, part, row.label, row.value])
    return response


@require_GET
def empty_searches(request):
    """For a region: the words people searched the catalogue for in vain in a closed quarter (from k searches)."""
    today = timezone.localdate()
    quarters = services.empty_search_quarters(today)
    quarter = request.GET.get("kwartaal")
    quarter = quarter if quarter in quarters else (quarters[0] if quarters else None)
    context = {
        "quarters": quarters,
        "quarter": quarter,
        "figures": services.empty_searches(quarter, today) if quarter else [],
        "min_group": services.min_group_size(),
    }
    return render(request, "insight/empty_searches.html", context)


# The advice's first target groups (advice/engine/rules/target_groups.yaml) as a region reads them.
TARGET_GROUPS = {
    "laagopgeleid_vast": gettext_lazy("Vast werk, vooral in de praktijk geleerd"),
    "flex_bewust_gemotiveerd": gettext_lazy("Flexwerk uit eigen keuze, wil leren"),
    "flex_bewust_niet_gemotiveerd": gettext_lazy("Flexwerk uit eigen keuze"),
    "flex_tegen_wil_en_dank": gettext_lazy("Flexwerk, liever vast werk"),
    "flex_twijfelaar": gettext_lazy("Flexwerk, twijfelt of het past"),
    "alleenstaande_ouder": gettext_lazy("Zorgt alleen voor de kinderen"),
    "nugger": gettext_lazy("Geen werk en geen uitkering"),
    "zzp": gettext_lazy("Werkt voor zichzelf"),
    "oudere_werknemer": gettext_lazy("Ouder dan 50, in loondienst"),
    "overig": gettext_lazy("Geen van de groepen uit het onderzoek"),
    "": gettext_lazy("Niet bekend"),
}


def _readable(code: str) -> str:
    return code.replace("_", " ").capitalize()


@require_GET
def scans(request):
    """For a region: the scans of its people in one closed quarter, by municipality, target group and barrier, and
    the number of scans per quarter; each figure from k people, small cells hidden or merged."""
    region = request.user.organisation
    if region is None:
        return render(request, "insight/scans.html", {"counted": None, "min_group": services.min_group_size()})
    shown = services.quarter_figures(region, request.GET.get("kwartaal"), timezone.localdate())
    other = _("Andere antwoorden samen")
    context = {"counted": shown, "min_group": services.min_group_size()}
    if shown.scans:
        places = {key: key or _("Gemeente niet bekend") for key in shown.municipalities.shown}
        groups = {key: str(TARGET_GROUPS.get(key, _readable(key))) for key in shown.target_groups.shown}
        barriers = Distribution(shown.scans, dict(shown.barriers), (), 0)
        context |= {
            "place_chart": bars(shown.municipalities, places, _("Andere gemeenten samen")),
            "group_chart": bars(shown.target_groups, groups, other),
            "barrier_chart": bars(barriers, {key: _readable(key) for key in shown.barriers}, other),
        }
    return render(request, "insight/scans.html", context)


def shared_plans(request):
    """An employer's list of the people of their organisation who share their ontwikkelplan with it."""
    organisation = request.user.organisation
    people = people_sharing_with(organisation, DataCategory.PLAN) if organisation else []
    return render(request, "insight/shared_plans.html", {"organisation": organisation, "people": people})


@require_http_methods(["GET", "POST"])
def person(request, person_id: int):
    """An employer opens the one item a person shared (their plan): only after saying why (logged).
    Without the person's sharing, or after they stopped, the person does not exist for the employer (404)."""
    back = (reverse("insight:shared_plans"), _("Terug naar gedeelde plannen"))
    return open_person_data(request, person_id, DataCategory.PLAN, back)


# --- the ontwikkelgesprek ------------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def conversation(request):
    """A participant prepares their ontwikkelgesprek: their own text, kept until they delete it; shared with their
    employer only when they press "Delen", and no longer when they press "Stop met delen" or throw it away."""
    prep = ConversationPrep.objects.filter(person=request.user).first()
    employer = employer_of(request.user)
    action = request.POST.get("actie")
    if request.method == "POST" and action == "weggooien":
        stop_sharing_with_employer(request.user, CONVERSATION)
        ConversationPrep.objects.filter(person=request.user).delete()
        messages.success(request, _("Je voorbereiding is weggegooid. Niemand kan hem nog lezen."))
        return redirect("insight:conversation")
    if request.method == "POST" and action in ("delen", "stoppen"):
        if prep is None or (employer is None and action == "delen"):
            messages.error(
                request, _("Sla je voorbereiding eerst op. Delen kan alleen met de werkgever van je account.")
            )
        elif action == "delen":
            share_with_employer(request.user, CONVERSATION, source="ontwikkelgesprek")
            messages.success(request, _("%(name)s kan je voorbereiding nu lezen.") % {"name": employer.name})
        else:
            stop_sharing_with_employer(request.user, CONVERSATION)
            messages.success(request, _("Je deelt je voorbereiding niet meer. Je werkgever ziet hem niet meer."))
        return redirect("insight:conversation")
    form = ConversationPrepForm(request.POST if request.method == "POST" else None, instance=prep)
    if request.method == "POST" and form.is_valid():
        form.instance.person = request.user
        form.save()
        messages.success(request, _("Je voorbereiding is opgeslagen. Alleen jij ziet hem, tot je hem deelt."))
        return redirect("insight:conversation")
    context = {
        "form": form,
        "prep": prep,
        "employer": employer,
        "sharing": sharing_with_employer(request.user, CONVERSATION) if prep else None,
    }
    return render(request, "insight/conversation.html", context)


@require_GET
def conversation_guide(request):
    """For the manager: how to hold an ontwikkelgesprek, apart from the appraisal."""
    return render(request, "insight/conversation_guide.html")


@require_GET
def shared_conversations(request):
    """An employer's list of the people who share their preparation for the ontwikkelgesprek with it."""
    organisation = request.user.organisation
    people = people_sharing_with(organisation, CONVERSATION) if organisation else []
    return render(request, "insight/shared_conversations.html", {"organisation": organisation, "people": people})


@require_http_methods(["GET", "POST"])
def shared_conversation(request, person_id: int):
    """An employer reads one shared preparation, after saying why (logged for the person); 404 without sharing."""
    back = (reverse("insight:shared_conversations"), _("Terug naar gedeelde voorbereidingen"))
    return open_person_data(request, person_id, CONVERSATION, back)
