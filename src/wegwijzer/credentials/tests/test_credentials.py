"""Issuing an Open Badges 3.0 credential for a confirmed skill, and verifying it: schema, signature, tampering,
revocation and key rotation. The independent verifier uses only the JWKS and joserfc, no project code."""

import base64
import gzip
import json

import jsonschema
import pytest
from django.core.management import call_command
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from joserfc import jws
from joserfc.jwk import KeySet

from wegwijzer.credentials import keys, services

pytestmark = pytest.mark.django_db


def test_an_issued_credential_is_an_open_badge_with_its_esco_alignment_and_evidence(confirmed_skill, ob3_schema):
    credential = services.issue(confirmed_skill)
    data = services.payload(credential)

    jsonschema.Draft201909Validator(ob3_schema).validate(data)
    achievement = data["credentialSubject"]["achievement"]
    assert achievement["alignment"][0]["targetUrl"] == confirmed_skill.esco_uri
    assert "Ik geef mijn moeder elke dag haar medicijnen." in achievement["description"]
    assert "Joke (Zorgcentrum De Linde (voorbeeld))" in data["evidence"][0]["narrative"]
    assert data["issuer"]["name"]


def test_it_verifies_as_valid_until_it_is_revoked(confirmed_skill):
    credential = services.issue(confirmed_skill)
    assert services.verify(credential.vc_jwt).state == "geldig"

    services.revoke(credential)

    assert services.verify(credential.vc_jwt).state == "ingetrokken"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_changing_any_character_makes_verification_fail(confirmed_skill, data):
    token = services.issue(confirmed_skill).vc_jwt
    position = data.draw(st.integers(0, len(token) - 1))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
    replacement = data.draw(st.sampled_from(alphabet).filter(lambda char: char != token[position]))
    tampered = token[:position] + replacement + token[position + 1 :]

    assert services.verify(tampered).state != "geldig"


def test_old_credentials_stay_verifiable_after_a_key_rotation(confirmed_skill, client):
    old = services.issue(confirmed_skill)
    call_command("rotate_signing_key", stdout=open("/dev/null", "w"))  # noqa: SIM115
    services.revoke(old)
    new = services.issue(confirmed_skill)

    kids = [key["kid"] for key in client.get("/.well-known/jwks.json").json()["keys"]]
    assert (
        len(kids) == 2
        and keys.signing_key().kid == json.loads(base64.urlsafe_b64decode(new.vc_jwt.split(".")[0] + "=="))["kid"]
    )
    services.revoke(new)
    assert services.verify(old.vc_jwt).state == "ingetrokken"  # still readable with the retired key


def test_an_independent_verifier_with_only_the_jwks_and_joserfc_accepts_the_demo_credential(client, capsys, db):
    call_command("issue_demo_credential")
    token = capsys.readouterr().out
    assert token.count("\n") == 1 and token.count(".") == 2
    token = token.strip()

    key_set = KeySet.import_key_set(client.get("/.well-known/jwks.json").json())
    credential = json.loads(jws.deserialize_compact(token, key_set, algorithms=["ES256"]).payload)
    assert "OpenBadgeCredential" in credential["type"]
    status = credential["credentialStatus"]
    status_list = client.get(status["statusListCredential"].removeprefix("http://127.0.0.1:8000")).content.decode()
    encoded = json.loads(jws.deserialize_compact(status_list, key_set, algorithms=["ES256"]).payload)
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded["credentialSubject"]["encodedList"][1:] + "=="))
    index = int(status["statusListIndex"])
    assert not bits[index // 8] & (0x80 >> (index % 8))
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    with pytest.raises(Exception, match="signature"):
        jws.deserialize_compact(tampered, key_set, algorithms=["ES256"])


def test_the_person_downloads_a_badge_that_the_verification_page_accepts(confirmed_skill, client):
    client.force_login(confirmed_skill.person)
    client.post(reverse("credentials:ask", args=[confirmed_skill.pk]))
    credential = confirmed_skill.credentials.get()

    svg = client.get(reverse("credentials:download_svg", args=[credential.pk])).content.decode()
    envelope = client.get(reverse("credentials:download_json", args=[credential.pk])).content.decode()
    client.logout()

    for text in (svg, envelope, credential.vc_jwt):
        page = client.post(reverse("credentials:verify"), {"bewijs": text}).content.decode()
        assert "Dit bewijs is echt en geldig" in page and confirmed_skill.label in page
    page = client.post(reverse("credentials:verify"), {"bewijs": svg.replace("eyJ", "eyK", 1)}).content.decode()
    assert "Dit bewijs is echt en geldig" not in page


def test_sharing_can_be_stopped_and_the_credential_stays_valid(confirmed_skill, client):
    credential = services.issue(confirmed_skill)
    code = services.share(credential)
    assert client.get(reverse("credentials:shared", args=[code])).status_code == 200

    services.stop_sharing(credential)

    assert client.get(reverse("credentials:shared", args=[code])).status_code == 404
    assert services.verify(credential.vc_jwt).state == "geldig"


def test_a_skill_nobody_confirmed_gets_no_credential(confirmed_skill, client):
    confirmed_skill.confirmation.delete()
    client.force_login(confirmed_skill.person)

    response = client.post(reverse("credentials:ask", args=[confirmed_skill.pk]), follow=True)

    assert "Dit kan pas als iemand de vaardigheid heeft bevestigd." in response.content.decode()
    assert not confirmed_skill.credentials.exists()
