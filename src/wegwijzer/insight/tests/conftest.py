"""The accounts of every role (accounts/tests/conftest.py), shared with this app's tests."""

import pytest
from django.urls import reverse

from wegwijzer.accounts.tests.conftest import World, world  # noqa: F401  (pytest finds the fixture here)


@pytest.fixture(autouse=True)
def urls_loaded_before_the_clock_is_frozen():
    """The URLconf builds the API's pydantic schemas on first use; under freezegun a date type there is fake."""
    reverse("insight:organisation")
