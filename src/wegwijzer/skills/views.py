"""The person's skills profile from guided questions, and confirming a skill (coach or accredited assessor).

Who may open each view is in permissions.py; object checks are here (own skill; may_confirm)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from wegwijzer.accounts.models import Role

from . import search as esco_search
from . import services
from .forms import AnswerForm, ConfirmForm, KeepForm
from .models import Experience, ProfileSkill
from .suggest import BY_KEY, QUESTIONS, next_question, suggestions


def _question(key: str):
    if key not in BY_KEY:
        raise Http404
    return BY_KEY[key]


@require_GET
def profile(request):
    skills = ProfileSkill.objects.filter(person=request.user).select_related("experience", "confirmation")
    context = {"skills": skills, "first_question": QUESTIONS[0]}
    return render(request, "skills/profile.html", context)


@require_http_methods(["GET", "POST"])
def question(request, question: str):
    """One question per page; the answer in the person's own words (they may skip it)."""
    asked = _question(question)
    existing = Experience.objects.filter(person=request.user, question=asked.key).first()
    form = AnswerForm(request.POST or None, initial={"answer": existing.text if existing else ""})
    if request.method == "POST" and form.is_valid():
        answer = form.cleaned_data["answer"].strip()
        if not answer:
            following = next_question(asked.key)
            return redirect(reverse("skills:question", args=[following.key]) if following else "skills:profile")
        services.save_answer(request.user, asked.key, answer)
        return redirect("skills:choose", question=asked.key)
    number = QUESTIONS.index(asked) + 1
    context = {"form": form, "question": asked, "number": number, "total": len(QUESTIONS)}
    return render(request, "skills/question.html", context)


@require_http_methods(["GET", "POST"])
def choose(request, question: str):
    """The skills the answer suggests, all ticked; the person keeps what fits."""
    asked = _question(question)
    experience = Experience.objects.filter(person=request.user, question=asked.key).first()
    if experience is None:
        return redirect("skills:question", question=asked.key)
    suggested = suggestions(asked, experience.text)
    form = KeepForm(request.POST or None, suggestions=suggested)
    if request.method == "POST" and form.is_valid():
        kept = services.keep_skills(request.user, experience, form.cleaned_data["skills"])
        messages.success(request, _("%(count)d vaardigheden staan nu in je profiel.") % {"count": len(kept)})
        following = next_question(asked.key)
        return redirect(reverse("skills:question", args=[following.key]) if following else "skills:profile")
    context = {"form": form, "question": asked, "experience": experience, "suggested": suggested}
    return render(request, "skills/choose.html", context)


@require_POST
def remove(request, pk: int):
    get_object_or_404(ProfileSkill, pk=pk, person=request.user).delete()
    messages.success(request, _("De vaardigheid is uit je profiel gehaald."))
    return redirect("skills:profile")


@require_http_methods(["GET", "POST"])
def ask_confirmation(request, pk: int):
    """A link for the coach or assessor who saw the person use this skill; only they can open it."""
    skill = get_object_or_404(ProfileSkill, pk=pk, person=request.user)
    if request.method == "POST" and not skill.confirm_code:
        skill.new_confirm_code()
    link = (
        request.build_absolute_uri(reverse("skills:confirm", args=[skill.confirm_code])) if skill.confirm_code else ""
    )
    return render(request, "skills/ask_confirmation.html", {"skill": skill, "link": link})


@require_http_methods(["GET", "POST"])
def confirm(request, code: str):
    skill = get_object_or_404(ProfileSkill.objects.select_related("person", "experience"), confirm_code=code)
    if not services.may_confirm(request.user, skill.person):
        raise Http404
    form = ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.confirm(skill, request.user, data["how"], data["what_was_seen"], data["seen_on"])
        messages.success(request, _("Dank je. De vaardigheid is bevestigd."))
        return redirect("accounts:start")
    if request.method == "GET":
        services.open_for_confirmation(request.user, skill)
    return render(request, "skills/confirm.html", {"skill": skill, "form": form})


@require_GET
def search(request):
    """Autocomplete: ESCO occupations and skills for what was typed (an htmx part, or the whole page without JS)."""
    query = request.GET.get("q", "")[:100]
    hits = esco_search.search(query) if query.strip() else []
    template = "skills/_hits.html" if request.htmx else "skills/search.html"
    back_to_profile = request.user.is_authenticated and request.user.role == Role.DEELNEMER  # who has a profile
    return render(request, template, {"query": query, "hits": hits, "back_to_profile": back_to_profile})
