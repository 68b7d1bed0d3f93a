"""The scan's pages: plain forms that POST and redirect (works without JavaScript; htmx only speeds it up).

Every POST ends in a 303 redirect, so a reload or the back button never sends an answer twice; sending the same
answer twice stores the same thing.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from wegwijzer.accounts import services as accounts

from . import services
from .effort import LATER_MINUTES, STATED_MINUTES
from .forms import AnswerForm, PlanForm, ResumeForm
from .questions import (
    BY_KEY,
    PAGE_OF,
    PAGES,
    applicable,
    first_open_question,
    later_pages,
    next_page,
    previous_page,
    progress,
)


def _see_other(to: str, *args) -> HttpResponse:
    response = redirect(to, *args)
    response.status_code = 303
    return response


OVERVIEW = "overzicht"  # ?terug=overzicht: change one answer from the overview and return there


def _question_url(question, back_to_overview: bool = False) -> str:
    url = reverse("scan:question", args=[question.key])
    return f"{url}?{urlencode({'terug': OVERVIEW})}" if back_to_overview else url


def _page_url(page) -> str:
    return _question_url(page.questions[0]) if page else reverse("scan:result")


def _resume_point(request, scan) -> HttpResponse:
    question = first_open_question(services.all_answers(request, scan))
    return _see_other(_page_url(PAGE_OF[question.key]) if question else reverse("scan:result"))


def _scan_or_start(request):
    scan = services.scan_for_request(request)
    if scan is None:
        messages.info(request, _("We vinden geen scan in deze browser. Begin een nieuwe, of ga verder met je code."))
    return scan


def retention_days() -> int:
    return getattr(settings, "WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS", 90)


@require_http_methods(["GET"])
def start(request):
    """/scan/: the first question straight away (one tap from the home page), or where this person left off."""
    scan = services.scan_for_request(request)
    if scan is not None:
        return _resume_point(request, scan)
    return _render_page(request, None, PAGES[0], _forms(PAGES[0].shown({})), answers={}, intro=True)


def _forms(shown, data=None, initial=None) -> list[AnswerForm]:
    """One form per question; on a page with more questions each has its own prefix and may be left open."""
    several = len(shown) > 1
    return [
        AnswerForm(
            question,
            data,
            prefix=question.key if several else None,
            optional=several and question.skip_label is not None,
            initial=(initial or {}).get(question.key),
        )
        for question in shown
    ]


@require_http_methods(["GET", "POST"])
def question(request, key: str):
    """A page of the scan, named by its first question. From the overview (?terug=overzicht) it shows only the
    question named, and saving it returns to the overview."""
    asked = BY_KEY.get(key)
    if asked is None:
        raise Http404
    page = PAGE_OF[key]
    editing = request.GET.get("terug") == OVERVIEW
    scan = services.scan_for_request(request)
    if scan is None and page is not PAGES[0]:
        _scan_or_start(request)
        return _see_other("scan:start")
    answers = services.all_answers(request, scan) if scan else {}
    shown = ([asked] if asked.applies(answers) else []) if editing else page.shown(answers)
    if not shown:
        return _see_other(reverse("scan:overview") if editing else _page_url(next_page(answers, page)))
    if not editing and key != page.key:
        return _see_other(_page_url(page))

    if request.method == "POST":
        answer_forms = _forms(shown, request.POST)
        skipped = "skip" in request.POST and all(question.skip_label is not None for question in shown)
        valid = [form.is_valid() for form in answer_forms]  # every form checked, so each shows its errors
        if skipped or all(valid):
            scan = scan or services.start_scan(request)
            for form in answer_forms:
                value = None if skipped else form.cleaned_data["answer"]
                consent = not skipped and form.question.sensitive and form.consent
                scan = services.save_answer(request, scan, form.question, value, consent=consent)
            if editing:
                messages.success(request, _("Je antwoord is aangepast."))
                return _see_other("scan:overview")
            return _see_other(_page_url(next_page(services.all_answers(request, scan), page)))
    else:
        initial = {question.key: {"answer": answers.get(question.key)} for question in shown}
        if asked.sensitive and scan is not None:
            status = services.sensitive_status(request, scan)
            initial[asked.key]["bewaren"] = "ja" if status == "bewaard" else "nee"
        answer_forms = _forms(shown, initial=initial)
    return _render_page(request, scan, page, answer_forms, answers, editing=editing)


def _chosen(form) -> list[str]:
    chosen = form["answer"].value()
    return chosen if isinstance(chosen, list) else [str(chosen)] if chosen not in (None, "") else []


def _render_page(request, scan, page, answer_forms, answers, intro=False, editing=False):
    number, total = progress(answers, page)
    previous = previous_page(answers, page)
    back_url = reverse("scan:overview") if editing else _page_url(previous) if previous else _start_of(answers, page)
    context = {
        "scan": scan,
        "page": page,
        "question": answer_forms[0].question,
        "form": answer_forms[0],
        "fields": [(form, _chosen(form)) for form in answer_forms],
        "several": len(answer_forms) > 1,
        "any_errors": any(form.errors for form in answer_forms),
        "number": number,
        "total": total,
        "editing": editing,
        "action": _question_url(answer_forms[0].question, back_to_overview=True) if editing else _page_url(page),
        "back_url": back_url,
        "chosen": _chosen(answer_forms[0]),
        "intro": intro,
        "stated_minutes": STATED_MINUTES,
        "retention_days": retention_days(),
        "scan_code": services.display_code(request, scan) if scan else None,
    }
    return render(request, "scan/question.html", context)


def _start_of(answers, page) -> str:
    """Where "Terug" leads from the first page: home, or the advice for the questions answered after it."""
    return reverse("scan:result") if page in later_pages(answers) else reverse("core:home")


def _first_later_page(answers):
    """The first page left for after the advice that still has an open question, if any."""
    pages = later_pages(answers)
    return next((page for page in pages if any(q.key not in answers for q in page.shown(answers))), None)


def _as_text(shown: object) -> str:
    return ", ".join(shown) if isinstance(shown, list) else str(shown)


@require_http_methods(["GET"])
def overview(request):
    """Every answer with a link to change it, one at a time."""
    scan = _scan_or_start(request)
    if scan is None:
        return _see_other("scan:start")
    answers = services.all_answers(request, scan)
    later = {question.key for page in later_pages(answers) for question in page.questions}
    rows = [
        {
            "question": question,
            "answered": question.key in answers,
            "not_asked": question.key in later and question.key not in answers,
            "shown": _as_text(services.shown_answer(question, answers.get(question.key))),
            "url": _question_url(question, back_to_overview=True),
        }
        for question in applicable(answers)
    ]
    return render(request, "scan/overview.html", {"scan": scan, "rows": rows})


@require_http_methods(["GET"])
def result(request):
    scan = _scan_or_start(request)
    if scan is None:
        return _see_other("scan:start")
    answers = services.all_answers(request, scan)
    open_question = first_open_question(answers)
    code = services.display_code(request, scan)
    later = _first_later_page(answers)
    context = {
        "later_url": _page_url(later) if later else None,
        "later_minutes": LATER_MINUTES,
        "scan": scan,
        "scan_code": code,
        "advice": services.advice_for(request, scan),
        "open_question": open_question,
        "sensitive_status": services.sensitive_status(request, scan),
        "has_plan": hasattr(scan, "plan"),
        "labour_steps": services.WORK_ORIENTATION_STEPS,
        "retention_days": retention_days(),
        "resume_url": request.build_absolute_uri(reverse("scan:resume_link", args=[code])) if code else None,
    }
    return render(request, "scan/result.html", context)


@require_POST
def consent(request):
    scan = _scan_or_start(request)
    if scan is None:
        return _see_other("scan:start")
    if request.POST.get("action") == "geven":
        services.give_consent(request, scan)
        messages.success(request, _("We bewaren je antwoord nu bij je scan."))
    else:
        services.withdraw_consent(request, scan)
        messages.success(request, _("We hebben je antwoord over zorgen in je leven gewist."))
    return _see_other("scan:result")


@require_http_methods(["GET", "POST"])
def start_over(request):
    """Starting over asks first: the page says what happens and shows the code to come back. Only a POST with
    ``bevestigen`` forgets the scan in this browser; any other POST (the advice page's old button) shows the page."""
    scan = services.scan_for_request(request)
    if scan is None:
        return _see_other("scan:start")
    if request.method == "POST" and "bevestigen" in request.POST:
        services.forget(request)
        messages.success(request, _("Je begint een nieuwe scan."))
        return _see_other("scan:start")
    if request.method == "POST":
        return _see_other("scan:start_over")
    context = {
        "scan": scan,
        "scan_code": services.display_code(request, scan),
        "sensitive_status": services.sensitive_status(request, scan),
        "retention_days": retention_days(),
    }
    return render(request, "scan/start_over.html", context)


@require_http_methods(["GET", "POST"])
def resume(request):
    form = ResumeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _open(request, form.cleaned_data["code"], form)
    return _render_resume(request, form)


@require_http_methods(["GET"])
def resume_link(request, code: str):
    """The saved link shows the code filled in; one tap opens it. Opening on GET alone would let any page
    slip someone else's scan into this browser, and the person's next answers into it."""
    return _render_resume(request, ResumeForm(initial={"code": code}))


def _open(request, code: str, form: ResumeForm) -> HttpResponse:
    if services.too_many_code_attempts(request):
        form.add_error("code", _("Je hebt te vaak een code ingevuld die niet klopt. Probeer het later nog eens."))
        return _render_resume(request, form)
    try:
        scan = services.open_by_code(request, code)
    except services.ScanNotFound:
        form.add_error(
            "code",
            _("We vinden geen scan met deze code. Kijk of je de code goed hebt overgenomen."),
        )
        return _render_resume(request, form)
    except services.ScanOfOtherAccount:
        form.add_error("code", _("Deze scan is bewaard in een account. Log in om verder te gaan."))
        next_url = urlencode({"next": reverse("scan:resume_link", args=[code])})
        return _render_resume(request, form, login_url=f"{resolve_url(settings.LOGIN_URL)}?{next_url}")
    messages.success(request, _("Fijn dat je terug bent. Je gaat verder waar je was."))
    return _resume_point(request, scan)


def _render_resume(request, form, login_url=None):
    context = {"form": form, "login_url": login_url, "retention_days": retention_days()}
    return render(request, "scan/resume.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def save_to_account(request):
    scan = _scan_or_start(request)
    if scan is None:
        return _see_other("scan:start")
    started_here = scan.user_id is not None or services.started_here(request, scan)
    if request.method == "POST" and started_here:
        services.claim_for_account(request, scan)
        messages.success(request, _("Je scan is bewaard in je account."))
        return _see_other("scan:result")
    return render(request, "scan/save.html", {"scan": scan, "started_here": started_here})


@require_http_methods(["GET", "POST"])
def plan_edit(request):
    scan = _scan_or_start(request)
    if scan is None:
        return _see_other("scan:start")
    advice = services.advice_for(request, scan)
    plan = getattr(scan, "plan", None)
    if request.method == "POST":
        form = PlanForm(advice["steps"], request.POST)
        if form.is_valid():
            chosen = form.cleaned_data["steps"]
            ordered = [step["code"] for step in advice["steps"] if step["code"] in chosen]
            services.save_plan(
                request,
                scan,
                ordered,
                form.cleaned_data["goal"],
                form.cleaned_data["first_step"],
                form.cleaned_data["first_step_date"],
            )
            messages.success(request, _("Je plan is bewaard."))
            return _see_other("scan:plan")
    else:
        initial = {
            "first_step_date": timezone.localdate() + timedelta(days=7),
            "goal": services.suggested_goal(request),
        }
        if plan is not None:
            initial = {
                "steps": services.chosen_steps(request, plan),
                "goal": plan.goal,
                "first_step": plan.first_step,
                "first_step_date": plan.first_step_date,
            }
        form = PlanForm(advice["steps"], initial=initial)
    chosen = form["steps"].value() or []
    context = {"form": form, "advice": advice, "chosen": chosen, "today": timezone.localdate()}
    return render(request, "scan/plan_form.html", context)


def _plan_context(request):
    scan = services.scan_for_request(request)
    plan = getattr(scan, "plan", None) if scan else None
    if plan is None:
        return None
    advice = services.advice_for(request, scan)
    steps = services.plan_steps(services.chosen_steps(request, plan), advice)
    return {"scan": scan, "scan_code": services.display_code(request, scan), "plan": plan, "steps": steps}


def _sharing(request, scan, plan) -> dict:
    """What the plan page says about sharing with the employer, and whether this person can share this plan:
    only their current plan, saved in their account, and only when their account belongs to an employer. Sharing
    is offered only to a logged-in participant who has an employer (not to visitors without an account)."""
    person = request.user
    in_account = person.is_authenticated and scan.user_id == person.pk
    employer = accounts.employer_of(person) if person.is_authenticated else None
    is_current_plan = in_account and services.current_plan(person) == plan
    return {
        "in_account": in_account,
        "employer": employer,
        "is_current_plan": is_current_plan,
        "can_share": employer is not None and is_current_plan,
        "consent": services.plan_sharing(person) if employer else None,
    }


@require_http_methods(["GET"])
def plan(request):
    context = _plan_context(request)
    if context is None:
        return _see_other("scan:plan_edit")
    context["sharing"] = _sharing(request, context["scan"], context["plan"])
    return render(request, "scan/plan.html", context)


@require_POST
def plan_share(request):
    """The plain form on the plan page: share the plan with the employer, or stop sharing it."""
    if request.POST.get("action") == "stoppen":
        services.stop_sharing_plan(request.user)
        messages.success(request, _("Je deelt je plan niet meer met je werkgever."))
        return _see_other("scan:plan")
    context = _plan_context(request)
    if context is not None and _sharing(request, context["scan"], context["plan"])["can_share"]:
        services.share_plan_with_employer(request.user)
        messages.success(request, _("Je werkgever kan nu je plan zien."))
    return _see_other("scan:plan")  # which explains it when this plan cannot be shared


@require_http_methods(["GET"])
def plan_pdf(request):
    context = _plan_context(request)
    if context is None:
        return _see_other("scan:plan_edit")
    response = HttpResponse(services.render_plan_pdf(context), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="ontwikkelplan.pdf"'
    return response
