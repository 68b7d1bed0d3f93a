"""The scan's rows in the permission matrix (accounts/matrix.py): the scan is for everyone, without an account.

No URL carries a person's scan: the scan is found through the session, and a resume code opens only an anonymous
scan (a scan saved to an account opens only for its owner, checked in services.open_by_code).
"""

from wegwijzer.accounts.matrix import LOGGED_IN, PUBLIC, roles
from wegwijzer.accounts.models import Role

RULES = {
    "scan:start": PUBLIC,
    "scan:question": PUBLIC,
    "scan:overview": PUBLIC,
    "scan:result": PUBLIC,
    "scan:consent": PUBLIC,
    "scan:start_over": PUBLIC,
    "scan:resume": PUBLIC,
    "scan:resume_link": PUBLIC,
    "scan:save": LOGGED_IN,
    "scan:plan": PUBLIC,
    "scan:plan_edit": PUBLIC,
    "scan:plan_pdf": PUBLIC,
    # Sharing the plan with one's employer needs an account of a participant (the view checks the employer).
    "scan:plan_share": roles(Role.DEELNEMER),
}
