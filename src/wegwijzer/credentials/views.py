"""The person's credentials (ask, download, share), the public verification page, and what verifiers fetch:
the issuer profile, the JWKS (/.well-known/jwks.json) and the revocation status list."""

import json

from django.contrib import messages
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from wegwijzer.accounts.models import Role
from wegwijzer.catalogue.models import Offer
from wegwijzer.skills.models import ProfileSkill

from . import keys, services
from .badge import svg_badge
from .forms import FinishedLearningForm
from .models import FinishedLearning, IssuedCredential

MAX_UPLOAD = 512 * 1024


@require_GET
def mine(request):
    credentials = IssuedCredential.objects.filter(person=request.user)
    finished = FinishedLearning.objects.filter(person=request.user, confirmed_at__isnull=False, credentials=None)
    return render(request, "credentials/mine.html", {"credentials": credentials, "finished_learning": finished})


def _issued(request, issue, thing) -> bool:
    """Issue; when the schema refuses the credential, say so in Dutch (services.NotIssued logged it for admins)."""
    try:
        issue(thing)
    except services.NotIssued as refused:
        messages.error(request, str(refused))
        return False
    messages.success(request, _("Je bewijs is klaar. Je kunt het downloaden of delen."))
    return True


@require_POST
def ask(request, skill_id: int):
    """The person decides to turn a confirmed skill into a credential."""
    skill = get_object_or_404(ProfileSkill, pk=skill_id, person=request.user)
    if not hasattr(skill, "confirmation"):
        messages.error(request, _("Dit kan pas als iemand de vaardigheid heeft bevestigd."))
        return redirect("skills:profile")
    return redirect("credentials:mine" if _issued(request, services.issue, skill) else "skills:profile")


@require_POST
def ask_for_learning(request, pk: int):
    """The person turns a finished learning offer, confirmed by its provider or their coach, into a credential."""
    finished = get_object_or_404(FinishedLearning, pk=pk, person=request.user, confirmed_at__isnull=False)
    _issued(request, services.issue_for_learning, finished)
    return redirect("credentials:mine")


def offer_panel(request, offer: Offer) -> str:
    """On an offer's page, for a participant: "Heb je dit afgerond?" (core/registry.py, offer_panel)."""
    user = request.user
    if not user.is_authenticated or user.role != Role.DEELNEMER:
        return ""
    finished = FinishedLearning.objects.filter(person=user, offer=offer).first()
    return render_to_string("credentials/_offer_panel.html", {"offer": offer, "finished": finished}, request=request)


@require_http_methods(["GET", "POST"])
def ask_learning_confirmation(request, offer_id: int):
    """A link for the provider of the offer or the person's coach; only they can open it."""
    offer = get_object_or_404(Offer, pk=offer_id)
    if request.method == "POST":
        finished = services.ask_learning_confirmation(request.user, offer)
    else:
        finished = FinishedLearning.objects.filter(person=request.user, offer=offer).first()
    code = finished.confirm_code if finished else None
    link = request.build_absolute_uri(reverse("credentials:confirm_learning", args=[code])) if code else ""
    context = {"offer": offer, "finished": finished, "link": link}
    return render(request, "credentials/ask_learning_confirmation.html", context)


@require_http_methods(["GET", "POST"])
def confirm_learning(request, code: str):
    finished = get_object_or_404(
        FinishedLearning.objects.select_related("person", "offer__provider"), confirm_code=code
    )
    if not services.may_confirm_learning(request.user, finished):
        raise Http404
    form = FinishedLearningForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.confirm_learning(finished, request.user, data["finished_on"], data["what_was_done"])
        messages.success(request, _("Dank je. De afgeronde leerstap is bevestigd."))
        return redirect("accounts:start")
    if request.method == "GET":
        services.open_learning_for_confirmation(request.user, finished)
    return render(request, "credentials/confirm_learning.html", {"finished": finished, "form": form})


def _own(request, pk) -> IssuedCredential:
    return get_object_or_404(IssuedCredential, pk=pk, person=request.user)


@require_GET
def download_json(request, pk):
    credential = _own(request, pk)
    response = JsonResponse(services.envelope(credential), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="bewijs-{credential.pk}.json"'
    return response


@require_GET
def download_svg(request, pk):
    credential = _own(request, pk)
    svg = svg_badge(credential.vc_jwt, credential.achievement_name, services.issuer_name())
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="badge-{credential.pk}.svg"'
    return response


@require_POST
def toggle_share(request, pk):
    credential = _own(request, pk)
    if credential.share_code:
        services.stop_sharing(credential)
        messages.success(
            request, _("Je deelt dit bewijs niet meer. De link werkt niet meer; het bewijs blijft geldig.")
        )
    else:
        services.share(credential)
        messages.success(request, _("Iedereen met de link kan dit bewijs nu zien."))
    return redirect("credentials:mine")


@require_GET
def shared(request, code: str):
    credential = get_object_or_404(IssuedCredential, share_code=code)
    verdict = services.verify(credential.vc_jwt)
    return render(request, "credentials/verdict.html", {"verdict": verdict, "shared": True})


@require_http_methods(["GET", "POST"])
def verify(request):
    """Anyone pastes a credential (VC-JWT or JSON) or uploads the JSON or SVG badge, and reads the verdict."""
    if request.method == "GET":
        return render(request, "credentials/verify.html")
    upload = request.FILES.get("bestand")
    if upload is not None and upload.size > MAX_UPLOAD:
        return render(request, "credentials/verify.html", {"error": _("Dit bestand is te groot voor een bewijs.")})
    try:
        text = upload.read().decode("utf-8") if upload else request.POST.get("bewijs", "")
    except UnicodeDecodeError:
        text = ""
    if not text.strip():
        return render(request, "credentials/verify.html", {"error": _("Plak een bewijs of kies een bestand.")})
    return render(request, "credentials/verdict.html", {"verdict": services.verify(text)})


@require_GET
def jwks(request):
    return JsonResponse(keys.jwks())


@require_GET
def issuer(request):
    profile = {
        "@context": services.CONTEXT,
        "id": services.absolute(request.path),
        "type": ["Profile"],
        "name": services.issuer_name(),
        "url": services.absolute("/"),
    }
    return HttpResponse(json.dumps(profile, ensure_ascii=False), content_type="application/ld+json")


@require_GET
def status_list(request):
    """The BitstringStatusListCredential, signed like the credentials themselves."""
    return HttpResponse(services.sign(services.status_list()), content_type="application/vc+jwt")
