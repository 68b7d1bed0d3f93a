"""Staff (beheerders) run the platform; they never see a person's answers or plan. That is structural, not a habit:

- A staff account is a beheerder and nothing else (a database constraint on User): it is never a participant, and
  no participant data (a scan, a review: any model of another app that points at a user) can belong to it
  (`refuse_participant_data_for_staff`, on every save; the admin refuses to make such a person staff).
- A staff session reaches only the admin, its own account pages and logging out (StaffBoundaryMiddleware). The
  scan, results, plans and the coach's and employer's pages are out of its reach, also with a participant's cookie
  from the same browser.
- With WEGWIJZER_STAFF_TWO_STEP_REQUIRED (always on in production) a staff account without a confirmed
  authenticator app can do nothing but set one up; with an app it must have entered a code in this session.
- The admin (admin.py) shows no encrypted field of any model (those hold the sensitive data), cannot set a
  non-staff person's password or e-mail address (only the person can, through the reset e-mail, so staff cannot
  log in as them), and writes every staff action on a person's account into that person's access log.

Tests: accounts/tests/test_staff.py, accounts/tests/test_two_step.py.
"""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models.signals import pre_save
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import two_step

# Apps whose rows about a user are about running the platform (accounts, log-in records), not a participant's data.
PLATFORM_APPS = frozenset({"accounts", "admin", "auth", "axes", "otp_totp", "otp_static", "sessions"})

ALWAYS = frozenset({"accounts:logout", "set_language"})
SETTING_UP = ALWAYS | {"accounts:two_step"}
ENTERING_CODE = ALWAYS | {"accounts:login", "accounts:login_code"}
STAFF_PAGES = (
    SETTING_UP
    | ENTERING_CODE
    | {
        "accounts:start",
        "accounts:privacy",
        "accounts:export_json",
        "accounts:export_html",
        "accounts:password_change",
        "accounts:password_change_done",
    }
)


class StaffBoundaryMiddleware:
    """Keeps a staff session inside the admin and its own account pages, behind a two-step login when required."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not (user.is_authenticated and user.is_staff):
            return None
        match = request.resolver_match
        if two_step.setup_needed(user):
            if match.view_name in SETTING_UP:
                return None
            messages.info(request, _("Stel eerst inloggen in twee stappen in. Zonder dat kun je als beheerder niets."))
            return redirect("accounts:two_step")
        if not two_step.two_step_satisfied(request):
            if match.view_name in ENTERING_CODE:
                return None
            return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
        if match.namespace == "admin" or match.view_name in STAFF_PAGES:
            return None
        if view_kwargs:
            raise Http404  # a page about someone's object (a consent, a scan code): staff own none, so it is not there
        messages.info(request, _("Als beheerder werk je in het beheer. Andere pagina's zijn voor deelnemers."))
        return redirect("admin:index")


def participant_relations() -> list:
    """Fields of other apps' models that say whose data a row is (a scan's user, a review's author): a participant's,
    never a staff account's. Hidden relations (related_name="+", e.g. who moderated a review) are not ownership."""
    user_model = apps.get_model("accounts", "User")
    return [
        relation.field
        for relation in user_model._meta.related_objects
        if not relation.many_to_many and relation.related_model._meta.app_label not in PLATFORM_APPS
    ]


def holds_participant_data(user) -> bool:
    return any(field.model._default_manager.filter(**{field.name: user}).exists() for field in participant_relations())


class StaffCannotHoldParticipantData(ValueError):
    pass


def refuse_participant_data_for_staff(sender, instance, **kwargs):
    for field in participant_relations():
        owner = getattr(instance, field.name, None) if field.model is sender else None
        if owner is not None and owner.is_staff:
            raise StaffCannotHoldParticipantData(
                f"{sender._meta.label}.{field.name}: een beheerder kan geen gegevens van een deelnemer hebben."
            )


def connect_guards() -> None:
    for model in {field.model for field in participant_relations()}:
        uid = f"staff-guard-{model._meta.label}"
        pre_save.connect(refuse_participant_data_for_staff, sender=model, dispatch_uid=uid)
