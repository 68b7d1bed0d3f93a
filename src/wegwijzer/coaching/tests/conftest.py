"""The accounts of every role (accounts/tests/conftest.py), and offers and schemes for the plan's steps
(catalogue/tests/conftest.py), shared with this app's tests."""

from wegwijzer.accounts.tests.conftest import World, world  # noqa: F401  (pytest finds the fixture here)
from wegwijzer.catalogue.tests.conftest import (  # noqa: F401  (fixtures)
    latest_migrations_afterwards,
    make_offer,
    make_scheme,
    provider,
)
