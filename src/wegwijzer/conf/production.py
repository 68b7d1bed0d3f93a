"""Production (WEGWIJZER_DEBUG off): secrets and hosts are required; secure cookies, HSTS, HTTPS only."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import DEVELOPMENT_SECRET_KEY, env_bool, env_int, env_list, env_required, env_str

DEBUG = False
SECRET_KEY = env_required("WEGWIJZER_SECRET_KEY", "zet een lange, willekeurige geheime sleutel voor productie.")
if SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "WEGWIJZER_SECRET_KEY is de openbare sleutel voor ontwikkeling: zet een lange, willekeurige geheime sleutel."
    )
WEGWIJZER_FIELD_KEYS = env_list("WEGWIJZER_FIELD_KEYS", [])
if not WEGWIJZER_FIELD_KEYS:
    env_required("WEGWIJZER_FIELD_KEYS", "zet minstens één Fernet-sleutel voor gevoelige antwoorden.")
ALLOWED_HOSTS = env_list("WEGWIJZER_ALLOWED_HOSTS", [])
if not ALLOWED_HOSTS:
    ALLOWED_HOSTS = [env_required("WEGWIJZER_ALLOWED_HOSTS", "noem de hostnamen, gescheiden door komma's.")]
# Credentials name their issuer, keys and status list by this address: by default the first host, over HTTPS.
WEGWIJZER_ISSUER_URL = env_str("WEGWIJZER_ISSUER_URL", f"https://{ALLOWED_HOSTS[0]}")

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = env_bool("WEGWIJZER_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("WEGWIJZER_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Every staff account logs in with a code from an authenticator app; without one it can only set one up.
WEGWIJZER_STAFF_TWO_STEP_REQUIRED = True
