"""The catalogue's rows in the permission matrix (accounts/matrix.py): offers are public; rating needs an account;
providers change only their own offers (the API checks the provider's organisation, see api.py)."""

from wegwijzer.accounts.matrix import LOGGED_IN, PUBLIC, roles
from wegwijzer.accounts.models import Role

RULES = {
    "catalogue:list": PUBLIC,
    "catalogue:offer": PUBLIC,
    "catalogue:review": LOGGED_IN,
    "catalogue:scheme": PUBLIC,
    "wegwijzer_catalogue_api_list_offers": PUBLIC,
    "wegwijzer_catalogue_eligibility_api_eligibility": PUBLIC,
    "wegwijzer_catalogue_api_get_offer": PUBLIC,
    "wegwijzer_catalogue_api_create_offer": roles(Role.AANBIEDER),
    "wegwijzer_catalogue_api_update_offer": roles(Role.AANBIEDER),
    "wegwijzer_catalogue_api_delete_offer": roles(Role.AANBIEDER),
}
