"""Coaching's rows in the permission matrix (accounts/matrix.py): a coach sees their caseload, and a person's
data only with that person's consent; a participant gives a coach access from their own account, and sees there
what their coach sees."""

from wegwijzer.accounts.matrix import person_data, roles
from wegwijzer.accounts.models import DataCategory, Role

RULES = {
    "coaching:caseload": roles(Role.COACH),
    "coaching:person": person_data(DataCategory.OVERVIEW, Role.COACH),
    "accounts:grant_coach": roles(Role.DEELNEMER),
    "accounts:coach_preview": roles(Role.DEELNEMER),
}
