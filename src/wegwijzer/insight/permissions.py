"""Insight's rows in the permission matrix (accounts/matrix.py): employers and regions see aggregated figures of
their own organisation only; an employer sees the one item a person chose to share with it (their plan), each
opening logged."""

from wegwijzer.accounts.matrix import person_data, roles
from wegwijzer.accounts.models import DataCategory, Role

RULES = {
    "insight:organisation": roles(Role.WERKGEVER, Role.REGIO),
    "insight:shared_plans": roles(Role.WERKGEVER),
    "insight:person": person_data(DataCategory.PLAN, Role.WERKGEVER),
}
