"""/geld/: "Welk geld past bij mij?", the three lists of the eligibility engine for the visitor's own scan."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from wegwijzer.core.registry import registry

from .eligibility import Place
from .services import assess_person, who_to_ask


@require_GET
def mine(request):
    profile = registry.current_profile(request)
    context = {"known": profile is not None, "ask": who_to_ask(profile)}
    if profile is not None:
        context["found"] = assess_person(profile, place=Place(registry.current_place(request)))
    return render(request, "funding/mine.html", context)
