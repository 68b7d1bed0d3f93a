"""The verification page in plain Dutch: a Dutch file button (the browser's own says "Choose File"), and the issuer
of a credential is not the grantor of a budget in other languages."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from wegwijzer.budget.privacy import LABELS as BUDGET_LABELS
from wegwijzer.credentials import services

pytestmark = pytest.mark.django_db


def test_the_file_input_has_a_dutch_button_that_needs_no_javascript(client):
    page = client.get(reverse("credentials:verify")).content.decode()
    assert '<label class="utrecht-button utrecht-button--secondary-action credentials-file__button" for="bestand">' \
        "Kies een bestand</label>" in page  # fmt: skip
    assert 'type="file" id="bestand" name="bestand"' in page


def test_granted_by_and_issued_by_are_two_messages(client, confirmed_skill, monkeypatch):
    """Budget and credentials say "Gegeven door" in Dutch, but mean "granted by" and "issued by": each has its own
    context (the English catalog gets both once the lead merges docs/pending/skills.po)."""
    catalog = trans_real.translation("en")._catalog._catalogs[0]
    merged = {
        "Gegeven door": "Issued by",  # the one msgid both used before
        "budget\x04Gegeven door": "Granted by",
        "bewijs\x04Gegeven door": "Issued by",
    }
    for key, english in merged.items():
        monkeypatch.setitem(catalog, key, english)
    token = services.issue(confirmed_skill).vc_jwt

    with translation.override("en"):
        assert str(BUDGET_LABELS["gegeven_door"]) == "Granted by"
    response = client.post(reverse("credentials:verify"), {"bewijs": token}, HTTP_ACCEPT_LANGUAGE="en")
    assert "<dt>Issued by</dt>" in response.content.decode()
