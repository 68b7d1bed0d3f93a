"""The budget's rows in the permission matrix (accounts/matrix.py): a participant sees and spends their own budget;
the granting employer or region sees totals only (the view counts only its own organisation's budgets)."""

from wegwijzer.accounts.matrix import own_object, roles
from wegwijzer.accounts.models import Role

RULES = {
    "budget:mine": roles(Role.DEELNEMER),
    "budget:reserve": roles(Role.DEELNEMER),
    "budget:confirm": own_object(Role.DEELNEMER),
    "budget:cancel": own_object(Role.DEELNEMER),
    "budget:organisation": roles(Role.WERKGEVER, Role.REGIO),
    # An employer, O&O-fonds (role werkgever) or municipality offers budgets through codes; the views show only
    # the codes of the viewer's own organisation.
    "budget:grant_links": roles(Role.WERKGEVER, Role.REGIO),
    "budget:grant_link": own_object(Role.WERKGEVER, Role.REGIO),
    "budget:stop_grant_link": own_object(Role.WERKGEVER, Role.REGIO),
    "budget:give": own_object(Role.WERKGEVER),
    # A provider confirms sign-ups for its own offers only (the views find reservations through its organisation).
    "budget:provider": roles(Role.AANBIEDER),
    "budget:provider_confirm": own_object(Role.AANBIEDER),
    "budget:provider_reject": own_object(Role.AANBIEDER),
    "budget:claim": roles(Role.DEELNEMER),
    "budget:claim_link": roles(Role.DEELNEMER),
}
