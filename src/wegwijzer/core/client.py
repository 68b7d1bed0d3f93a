"""The address of the person behind a request, for throttles that count per client.

Behind a reverse proxy every request comes from the proxy's address (REMOTE_ADDR), so counting per REMOTE_ADDR
puts everyone in one bucket and one person's typos block all. The proxy writes the real address into
X-Forwarded-For; a client can write anything there too, so the header counts only when REMOTE_ADDR is one of
the proxies we trust (setting WEGWIJZER_TRUSTED_PROXIES), and then only the right-most address that is not itself
a trusted proxy: every address to its right was added by our own proxies, every address to its left by whoever
sent the request.
"""

from django.conf import settings


def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or behind a trusted proxy the address that proxy saw."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = set(getattr(settings, "WEGWIJZER_TRUSTED_PROXIES", ()))
    if remote not in trusted:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    for address in reversed(forwarded):
        if address not in trusted:
            return address
    return remote
