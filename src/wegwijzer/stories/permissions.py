"""The stories page is for everyone: it shows no personal data (the matching reads the visitor's own scan)."""

from wegwijzer.accounts.matrix import PUBLIC

RULES = {"stories:list": PUBLIC}
