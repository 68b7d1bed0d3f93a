"""The accounts of every role (accounts/tests/conftest.py), shared with this app's tests."""

from wegwijzer.accounts.tests.conftest import World, world  # noqa: F401  (pytest finds the fixture here)
