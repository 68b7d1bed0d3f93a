"""The credentials app's rows in the permission matrix: the person's own credentials and finished learning steps;
confirming a finished step is for the offer's provider or the person's coach (checked in the view); verification,
the JWKS, the issuer profile, the status list and a shared credential are public (that is what makes a credential
checkable)."""

from wegwijzer.accounts.matrix import PUBLIC, roles
from wegwijzer.accounts.models import Role

OWN = roles(Role.DEELNEMER)

RULES = {
    "credentials:mine": OWN,
    "credentials:ask": OWN,
    "credentials:ask_for_learning": OWN,
    "credentials:ask_learning_confirmation": OWN,
    "credentials:confirm_learning": roles(Role.AANBIEDER, Role.COACH),  # which of them: may_confirm_learning
    "credentials:download_json": OWN,
    "credentials:download_svg": OWN,
    "credentials:share": OWN,
    "credentials:verify": PUBLIC,
    "credentials:shared": PUBLIC,
    "credentials:issuer": PUBLIC,
    "credentials:status_list": PUBLIC,
    "credentials_jwks": PUBLIC,
}
