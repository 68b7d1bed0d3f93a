"""Every credential is checked against 1EdTech's Open Badges 3.0 JSON Schema when it is issued: one that does not
pass is not issued; the person reads why in Dutch, the administrators in the log."""

import json
import logging

import pytest
from django.urls import reverse

from wegwijzer.credentials import schema, services
from wegwijzer.credentials.models import IssuedCredential

from .conftest import SCHEMA as SHARED_SCHEMA

pytestmark = pytest.mark.django_db


@pytest.fixture
def issuer_left_out(monkeypatch):
    """A fault in the project's own badge code: the credential loses its issuer, which the schema requires."""
    real = services.open_badge
    monkeypatch.setattr(services, "open_badge", lambda facts: {k: v for k, v in real(facts).items() if k != "issuer"})


def test_an_invalid_credential_is_refused_with_a_dutch_message_and_logged(
    client, confirmed_skill, issuer_left_out, caplog
):
    client.force_login(confirmed_skill.person)
    with caplog.at_level(logging.ERROR, logger="wegwijzer.credentials.services"):
        response = client.post(reverse("credentials:ask", args=[confirmed_skill.pk]), follow=True)

    assert not IssuedCredential.objects.exists()
    assert "We kunnen dit bewijs nu niet maken." in response.content.decode()
    assert "'issuer' is a required property" in caplog.text


def test_the_same_credential_is_issued_when_the_schema_accepts_it(confirmed_skill):
    credential = services.issue(confirmed_skill)
    assert schema.problems(services.payload(credential)) == []


def test_the_shipped_schema_is_1edtechs(ob3_schema):
    assert json.loads(schema.SCHEMA.read_text(encoding="utf-8")) == ob3_schema, f"copy differs from {SHARED_SCHEMA}"
