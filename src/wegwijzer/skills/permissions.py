"""The skills app's rows in the permission matrix: the profile is the participant's own; confirming is for a coach
(with the person's consent) or an accredited assessor, checked in the view; search is public."""

from wegwijzer.accounts.matrix import PUBLIC, roles
from wegwijzer.accounts.models import Role

OWN = roles(Role.DEELNEMER)

RULES = {
    "skills:profile": OWN,
    "skills:question": OWN,
    "skills:choose": OWN,
    "skills:remove": OWN,
    "skills:ask_confirmation": OWN,
    "skills:confirm": roles(Role.COACH, Role.AANBIEDER, Role.WERKGEVER),
    "skills:search": PUBLIC,
}
