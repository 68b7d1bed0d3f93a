"""Insight's rows in the permission matrix (accounts/matrix.py): employers and regions see aggregated figures of
their own organisation only (never one person's answer); an employer hands out its invitation code and sees the one
item a person chose to share with it (their plan), each opening logged; a participant joins an employer with a code
and answers the anonymous learning-climate survey."""

from wegwijzer.accounts.matrix import person_data, roles
from wegwijzer.accounts.models import DataCategory, Role

from .models import CONVERSATION

AGGREGATES = roles(Role.WERKGEVER, Role.REGIO)

RULES = {
    "insight:organisation": AGGREGATES,
    "insight:climate": AGGREGATES,
    "insight:climate_print": AGGREGATES,
    "insight:climate_csv": AGGREGATES,
    "insight:empty_searches": roles(Role.REGIO),
    "insight:scans": roles(Role.REGIO),
    "insight:invite": roles(Role.WERKGEVER),
    "insight:join": roles(Role.DEELNEMER),
    "insight:survey": roles(Role.DEELNEMER),
    "insight:shared_plans": roles(Role.WERKGEVER),
    "insight:person": person_data(DataCategory.PLAN, Role.WERKGEVER),
    "insight:conversation": roles(Role.DEELNEMER),
    "insight:conversation_guide": roles(Role.WERKGEVER),
    "insight:shared_conversations": roles(Role.WERKGEVER),
    "insight:shared_conversation": person_data(CONVERSATION, Role.WERKGEVER),
}
