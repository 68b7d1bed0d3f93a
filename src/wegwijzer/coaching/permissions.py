"""Coaching's rows in the permission matrix (accounts/matrix.py): a coach sees their caseload and makes
invitations; a person's file, conversations, referrals and shared plan only with that person's consent (each view
checks has_access again on every request). A participant gives a coach access or accepts an invitation from their
own account, and sees there what their coach shares and the shared plan."""

from wegwijzer.accounts.matrix import own_object, person_data, roles
from wegwijzer.accounts.models import DataCategory, Role

RULES = {
    "coaching:caseload": roles(Role.COACH),
    "coaching:invite": roles(Role.COACH),
    "coaching:person": person_data(DataCategory.OVERVIEW, Role.COACH),
    "coaching:file": person_data(DataCategory.OVERVIEW, Role.COACH),
    "coaching:contact": person_data(DataCategory.OVERVIEW, Role.COACH),
    "coaching:follow_up": person_data(DataCategory.OVERVIEW, Role.COACH),
    "coaching:plan": person_data(DataCategory.OVERVIEW, Role.COACH),
    "coaching:plan_step": person_data(DataCategory.OVERVIEW, Role.COACH),
    "coaching:plan_step_offer": person_data(DataCategory.OVERVIEW, Role.COACH),
    "coaching:plan_step_delete": person_data(DataCategory.OVERVIEW, Role.COACH),
    "coaching:funding": person_data(DataCategory.SCAN, Role.COACH),
    "accounts:grant_coach": roles(Role.DEELNEMER),
    "accounts:coach_preview": roles(Role.DEELNEMER),
    "accounts:my_coach": roles(Role.DEELNEMER),
    "accounts:coach_invitation": roles(Role.DEELNEMER),
    "accounts:my_coach_plan": roles(Role.DEELNEMER),
    "accounts:my_coach_plan_step": own_object(Role.DEELNEMER),
    "accounts:my_coach_plan_step_offer": own_object(Role.DEELNEMER),
    "accounts:my_coach_plan_step_delete": own_object(Role.DEELNEMER),
    "accounts:remove_referral": own_object(Role.DEELNEMER),
}
