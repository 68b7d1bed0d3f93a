"""The accounts app's rows of the permission matrix, and the project-wide ones (admin, language switch, home page).

Every app declares its own rules like this and registers them in its plugin.py; see matrix.py."""

from .matrix import LOGGED_IN, PUBLIC, STAFF, own_object, roles
from .models import TWO_STEP_ROLES, Role

RULES = {
    # Project-wide: the admin is for staff only (its login page sends you to ours); switching language.
    "admin:*": STAFF,
    "admin:login": PUBLIC,
    "set_language": PUBLIC,
    # The home page and the trust pages (privacy and accessibility statements, contact, about); core imports no
    # other app, so its rules are here: open to everyone, no personal data.
    "core:home": PUBLIC,
    "core:privacy": PUBLIC,
    "core:accessibility": PUBLIC,
    "core:contact": PUBLIC,
    "core:about": PUBLIC,
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
    # Making an account (to save a scan): before logging in, by definition.
    "accounts:signup": PUBLIC,
    "accounts:signup_sent": PUBLIC,
    "accounts:signup_resend": PUBLIC,
    "accounts:signup_confirm": PUBLIC,
    # A person's own data: every logged-in account sees only its own.
    "accounts:start": LOGGED_IN,
    "accounts:mine": roles(Role.DEELNEMER),
    "accounts:privacy": LOGGED_IN,
    "accounts:export_json": LOGGED_IN,
    "accounts:export_html": LOGGED_IN,
    "accounts:delete_account": LOGGED_IN,
    "accounts:withdraw_consent": own_object(),
    "accounts:two_step": roles(*sorted(TWO_STEP_ROLES)),
}
