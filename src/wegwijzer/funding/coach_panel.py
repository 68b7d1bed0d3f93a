"""The coach's view of one person's funding (registry ``eligibility_panel``; coaching does not import funding): the
engine's three lists for that person's Profiel, with the reasons as the person reads them on "Welk geld past bij
mij?". The caller passes the Profiel as the coach may see it (without the sensitive answers unless the person
allowed them) and logs the look."""

from django.template.loader import render_to_string

from .eligibility import Place
from .services import assess_person, who_to_ask


def eligibility_panel(request, profile, place: str) -> str:
    context = {"known": profile is not None, "ask": who_to_ask(profile)}
    if profile is not None:
        context["found"] = assess_person(profile, place=Place(place))
    return render_to_string("funding/_eligibility_panel.html", context, request=request)
