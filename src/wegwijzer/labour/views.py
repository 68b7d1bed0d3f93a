"""'Mijn werk': pick your occupation in your own words, then see how it changes, your chances in your region and
small steps from here; choosing a step makes it the goal of your ontwikkelplan. Plain GET forms and links; htmx
only shows the occupations found while typing."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from . import services

MAX_QUERY = 100


@require_GET
def my_work(request):
    uri = request.GET.get("beroep", "")[:300]
    if uri:
        work = services.my_work(request, uri)
        if work is not None:
            return render(request, "labour/occupation.html", {"work": work})
        messages.error(request, _("Dit beroep kennen we niet. Zoek het opnieuw."))
    query = request.GET.get("q", "")[:MAX_QUERY]
    hits = services.find_occupations(query) if query.strip() else []
    template = "labour/_hits.html" if request.htmx else "labour/search.html"
    return render(request, template, {"query": query, "hits": hits})


@require_POST
def choose_goal(request):
    """Make a small step the goal of the plan: straight into the plan, or offered on the plan form if there is none."""
    chosen = services.choose_goal(request, request.POST.get("van", "")[:300], request.POST.get("naar", "")[:300])
    if chosen is None:
        messages.error(request, _("Dit werk kennen we niet. Kies opnieuw."))
        return redirect("labour:my_work")
    if chosen:
        messages.success(request, _("Dit werk is nu het doel in je plan."))
        return redirect("scan:plan")
    messages.info(request, _("Je hebt nog geen plan. Maak het hier. Je doel staat er al in."))
    return redirect("scan:plan_edit")
