"""An employer's or region's figures, the plans people share with their employer, and one shared plan.

Who may open each view is in permissions.py (the permission matrix); object checks are here and in has_access."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wegwijzer.accounts.models import Consent, DataCategory
from wegwijzer.accounts.services import people_sharing_with
from wegwijzer.accounts.views import open_person_data

from . import services


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
    context = {"organisation": organisation, "figures": figures, "min_group": services.MIN_GROUP_SIZE}
    return render(request, "insight/organisation.html", context)


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
