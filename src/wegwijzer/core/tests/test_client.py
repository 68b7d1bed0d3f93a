"""client_address: the real client behind a trusted proxy, and nothing a client can forge."""

import pytest
from django.test import RequestFactory, override_settings

from wegwijzer.core.client import client_address

PROXY = "10.0.0.1"


def request(remote: str, forwarded: str | None = None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("192.0.2.5", None, "192.0.2.5"),  # no proxy
        ("192.0.2.5", "203.0.113.9", "192.0.2.5"),  # not our proxy: the header is ignored
        (PROXY, "198.51.100.7", "198.51.100.7"),  # our proxy names the client
        (PROXY, "203.0.113.9, 198.51.100.7", "198.51.100.7"),  # the left part is what the client wrote
        (PROXY, "198.51.100.7, 10.0.0.2", "198.51.100.7"),  # a second proxy of ours in the chain
        (PROXY, "", PROXY),  # our proxy without a header: the proxy itself
        (PROXY, "10.0.0.2", PROXY),
    ],
)
@override_settings(WEGWIJZER_TRUSTED_PROXIES=[PROXY, "10.0.0.2"])
def test_client_address(remote, forwarded, expected):
    assert client_address(request(remote, forwarded)) == expected


def test_without_trusted_proxies_the_header_never_counts():
    assert client_address(request(PROXY, "198.51.100.7")) == PROXY
