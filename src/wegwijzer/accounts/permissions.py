"""The accounts app's rows of the permission matrix, and the project-wide ones (admin, language switch, home page).

Every app declares its own rules like this and registers them in its plugin.py; see matrix.py."""

from .matrix import LOGGED_IN, PUBLIC, STAFF, own_object, person_data, roles
from .models import TWO_STEP_ROLES, DataCategory, Role

RULES = {
    # Project-wide: the admin is for staff only (its login page sends you to ours); switching language.
    "admin:*": STAFF,
    "admin:login": PUBLIC,
    "set_language": PUBLIC,
    # The home page (core imports no other app, so its rule is here): open to everyone, no personal data.
    "core:home": PUBLIC,
    # Logging in and out, passwords.
    "accounts:login": PUBLIC,
    "accounts:login_code": PUBLIC,
    "accounts:logout": PUBLIC,
    "accounts:password_reset": PUBLIC,
    "accounts:password_reset_done": PUBLIC,
    "accounts:password_reset_confirm": PUBLIC,
    "accounts:password_reset_complete": PUBLIC,
    "accounts:password_change": LOGGED_IN,
    "accounts:password_change_done": LOGGED_IN,
    "accounts:deleted": PUBLIC,
    # A person's own data: every logged-in account sees only its own.
    "accounts:start": LOGGED_IN,
    "accounts:privacy": LOGGED_IN,
    "accounts:export_json": LOGGED_IN,
    "accounts:export_html": LOGGED_IN,
    "accounts:delete_account": LOGGED_IN,
    "accounts:grant_coach": roles(Role.DEELNEMER),
    "accounts:withdraw_consent": own_object(),
    "accounts:two_step": roles(*sorted(TWO_STEP_ROLES)),
    # Coaches: their caseload, and a person's data only with that person's consent.
    "accounts:caseload": roles(Role.COACH),
    "accounts:coach_person": person_data(DataCategory.OVERVIEW, Role.COACH),
    # Employers and regions: aggregated figures of their own organisation only.
    "accounts:organisation": roles(Role.WERKGEVER, Role.REGIO),
    # Employers: the one item a person chose to share with them (their plan), each opening logged.
    "accounts:shared_plans": roles(Role.WERKGEVER),
    "accounts:employer_person": person_data(DataCategory.PLAN, Role.WERKGEVER),
}
