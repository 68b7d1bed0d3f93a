"""The notifications' rows in the permission matrix (accounts/matrix.py): a participant or coach reads their own
messages and chooses how often to get e-mail; the unsubscribe link works for anyone who holds it (its signature is
the proof)."""

from wegwijzer.accounts.matrix import PUBLIC, own_object, roles
from wegwijzer.accounts.models import Role

RULES = {
    "accounts:messages": roles(Role.DEELNEMER, Role.COACH),
    "accounts:message": own_object(Role.DEELNEMER, Role.COACH),
    "accounts:message_preferences": roles(Role.DEELNEMER, Role.COACH),
    "accounts:unsubscribe": PUBLIC,
}
