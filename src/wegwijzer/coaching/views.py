"""The coach's caseload and a person's data as the coach sees it; the participant's page to give a coach access.

Who may open each view is in permissions.py (the permission matrix); object checks are here and in has_access."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from wegwijzer.accounts.models import DataCategory
from wegwijzer.accounts.privacy_hooks import shared_with
from wegwijzer.accounts.views import open_person_data

from . import forms, services


def caseload(request):
    people = services.caseload(request.user)
    return render(request, "coaching/caseload.html", {"people": people, "coach_code": request.user.coach_code})


@require_http_methods(["GET", "POST"])
def person(request, person_id: int):
    """A coach opens a person's data: only with the person's consent, and only after saying why (logged)."""
    back = (reverse("coaching:caseload"), _("Terug naar mijn deelnemers"))
    return open_person_data(request, person_id, DataCategory.OVERVIEW, back)


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
