"""Settings shared by every environment. Everything that differs per installation comes from the environment."""

from pathlib import Path

import dj_database_url
from csp.constants import NONCE

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(env_str("WEGWIJZER_BASE_DIR", str(Path.cwd())))

DEBUG = env_bool("WEGWIJZER_DEBUG", True)
SECRET_KEY = env_str("WEGWIJZER_SECRET_KEY")
# Earlier secret keys, still accepted after a rotation (signatures, and the hashes of resume codes: scan/codes.py).
SECRET_KEY_FALLBACKS = env_list("WEGWIJZER_SECRET_KEY_FALLBACKS", [])
ALLOWED_HOSTS = env_list("WEGWIJZER_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "wegwijzer.accounts.admin_site.WegwijzerAdminConfig",  # django.contrib.admin, our login and 2FA
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "ninja",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "wegwijzer.core",
    "wegwijzer.api",
    "wegwijzer.accounts",
    "wegwijzer.coaching",
    "wegwijzer.insight",
    "wegwijzer.skills",
    "wegwijzer.advice",
    "wegwijzer.scan",
    "wegwijzer.catalogue",
    "wegwijzer.funding",
    "wegwijzer.budget",
    "wegwijzer.directory",
    "wegwijzer.credentials",
    "wegwijzer.labour",
    "wegwijzer.notifications",
    "wegwijzer.stories",
]

AUTH_USER_MODEL = "accounts.User"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "wegwijzer.accounts.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "wegwijzer.core.middleware.PrivateNoStoreMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "wegwijzer.accounts.middleware.PermissionMatrixMiddleware",
    "wegwijzer.accounts.staff.StaffBoundaryMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wegwijzer.scan.middleware.StoredAnswerInvalidMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wegwijzer.urls"
WSGI_APPLICATION = "wegwijzer.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wegwijzer.core.context_processors.theme",
            ],
        },
    },
]

# SQLite is the embedded default so a fresh machine needs no server; production sets DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("WEGWIJZER_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Argon2 first; the others only verify old hashes and are upgraded on the next login.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
# django-axes checks first, so that a locked-out username+address never reaches the password check.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:start"
LOGOUT_REDIRECT_URL = "core:home"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "wegwijzer.accounts.passwords.MaximumLengthValidator"},  # Argon2 on a huge input is a DoS
]

# Mail ('Wachtwoord vergeten'): an SMTP server from the environment (docs/deploy.md). The timeout keeps a hanging
# mail server from holding a web worker; a failing one gets a plain message on the page.
EMAIL_BACKEND = env_str("WEGWIJZER_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("WEGWIJZER_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("WEGWIJZER_EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("WEGWIJZER_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("WEGWIJZER_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("WEGWIJZER_EMAIL_TLS", True)
EMAIL_TIMEOUT = env_int("WEGWIJZER_EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("WEGWIJZER_FROM_EMAIL", "Wegwijzer <noreply@localhost>")

LANGUAGE_CODE = "nl"
# Each language named in itself: the language switch shows these names as they are (never translated).
# Arabic is written right to left (Django's LANG_INFO says so: its pages get dir="rtl", docs/translations.md).
LANGUAGES = [("nl", "Nederlands"), ("en", "English"), ("pl", "Polski"), ("tr", "Türkçe"), ("ar", "العربية")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("WEGWIJZER_STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("WEGWIJZER_LOG_LEVEL", "INFO")},
}

# Fernet keys for sensitive answers at rest, newest first (generate one: wegwijzer generate_field_key).
WEGWIJZER_FIELD_KEYS = env_list("WEGWIJZER_FIELD_KEYS", [])

# Demo data and demo accounts exist only where this is on (the README's run command turns it on).
WEGWIJZER_DEMO = env_bool("WEGWIJZER_DEMO", DEBUG)

# A help address (directory app) checked longer ago than this many days is marked as stale: check its source again.
WEGWIJZER_HELP_STALE_DAYS = env_int("WEGWIJZER_HELP_STALE_DAYS", 365)

# The coach's caseload marks someone as gone quiet after this many days without a scan, a login, a conversation
# or a change to the shared plan (coaching.services.caseload).
WEGWIJZER_COACH_QUIET_DAYS = env_int("WEGWIJZER_COACH_QUIET_DAYS", 30)
# A coach's invitation code works once, for this many days (coaching.services.invite).
WEGWIJZER_COACH_INVITATION_DAYS = env_int("WEGWIJZER_COACH_INVITATION_DAYS", 14)
# Employers and regions see a figure only when it counts at least this many people (insight app). It can only go
# up: a value under 10 stops the project at startup (insight/checks.py).
WEGWIJZER_INSIGHT_MIN_GROUP = env_int("WEGWIJZER_INSIGHT_MIN_GROUP", 10)

# A form sent with an expired or missing token gets a Dutch page with a way back (core/views.py).
CSRF_FAILURE_VIEW = "wegwijzer.core.views.csrf_failure"

# The organisation that offers this Wegwijzer: the controller (verwerkingsverantwoordelijke) under the AVG, named on
# the privacy statement and the contact page. Empty in demo mode: the pages show a value marked as an example.
WEGWIJZER_ORGANISATION_NAME = env_str("WEGWIJZER_ORGANISATION_NAME")
WEGWIJZER_CONTACT_EMAIL = env_str("WEGWIJZER_CONTACT_EMAIL")
WEGWIJZER_CONTACT_PHONE = env_str("WEGWIJZER_CONTACT_PHONE")
WEGWIJZER_CONTACT_ADDRESS = env_str("WEGWIJZER_CONTACT_ADDRESS")
# Its look over Wegwijzer's calm base (core/theme.py; checked when the server starts, a wrong value stops it with a
# Dutch message): its name (above) and logo in the header, a PNG or SVG file of at most 100 kB, and two colours as
# #rrggbb on which white text is easy to read (contrast at least 4.5 to 1): buttons and links; the band at the top.
WEGWIJZER_THEME_LOGO = env_str("WEGWIJZER_THEME_LOGO")
WEGWIJZER_THEME_COLOUR = env_str("WEGWIJZER_THEME_COLOUR")
WEGWIJZER_THEME_HEADER_COLOUR = env_str("WEGWIJZER_THEME_HEADER_COLOUR")
# Demo only: the look of an example municipality (demodam or voorbeeldstad), marked as an example on every page.
WEGWIJZER_THEME_EXAMPLE = env_str("WEGWIJZER_THEME_EXAMPLE")

# Where this Wegwijzer is reachable: credentials name their issuer, status list and keys with this address.
WEGWIJZER_ISSUER_URL = env_str("WEGWIJZER_ISSUER_URL", "http://127.0.0.1:8000")

# The cache every throttle counts in (resume codes; see docs/deploy.md). It must be shared by all app servers and
# workers, or each counts alone and the limit multiplies. Redis when WEGWIJZER_CACHE_URL is set (redis://host:6379/0),
# otherwise a table in the database (created by core's migration, so `migrate` is all a new install needs).
CACHE_TABLE = "wegwijzer_cache"
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env_str("WEGWIJZER_CACHE_URL")}
        if env_str("WEGWIJZER_CACHE_URL")
        else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": CACHE_TABLE}
    )
}

# Addresses of our own reverse proxies. Only a request from one of them may name the client in X-Forwarded-For
# (wegwijzer.core.client.client_address); without it, throttles would count every visitor as the proxy.
WEGWIJZER_TRUSTED_PROXIES = env_list("WEGWIJZER_TRUSTED_PROXIES", [])

# Wrong resume codes allowed for the whole site per 15 minutes, against guessing from many addresses (scan.services).
WEGWIJZER_RESUME_CODE_SITE_LIMIT = env_int("WEGWIJZER_RESUME_CODE_SITE_LIMIT", 100)

# Anonymous scans are removed this many days after their last change (`wegwijzer purge_expired`, run daily by cron).
WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS = env_int("WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS", 90)

# Catalogue search: a stale facet snapshot is refreshed by a background thread while searches use the previous one
# (catalogue/search/snapshot.py). Off, a search refreshes it itself first: the tests, which must see their own writes.
WEGWIJZER_SNAPSHOT_IN_BACKGROUND = env_bool("WEGWIJZER_SNAPSHOT_IN_BACKGROUND", True)

# Background tasks (django-tasks, the backport of Django 6's django.tasks): reminders and the daily jobs that
# `wegwijzer run_periodic` enqueues. By default in the database, run by `wegwijzer db_worker`; at scale in Redis when
# WEGWIJZER_TASKS_REDIS_URL is set (redis://host:6379/1), run by `wegwijzer rqworker` (docs/deploy.md).
WEGWIJZER_TASKS_REDIS_URL = env_str("WEGWIJZER_TASKS_REDIS_URL")
TASKS = {
    "default": {
        "BACKEND": ("django_tasks_rq.RQBackend" if WEGWIJZER_TASKS_REDIS_URL else "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
if WEGWIJZER_TASKS_REDIS_URL:
    INSTALLED_APPS.append("django_rq")  # its `wegwijzer rqworker` runs the tasks (its dashboard model has no table)
RQ_QUEUES = {"default": {"URL": WEGWIJZER_TASKS_REDIS_URL or "redis://127.0.0.1:6379/1", "DEFAULT_TIMEOUT": 600}}

# Security baseline (docs/permissions.md). Sessions end after a working day; cookies are not readable by scripts.
SESSION_COOKIE_AGE = env_int("WEGWIJZER_SESSION_SECONDS", 8 * 60 * 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Content-Security-Policy without 'unsafe-inline' or 'unsafe-eval': scripts and styles only from our own static files,
# and the one <style> element of an organisation's colours (base.html), which carries this response's nonce.
# The API docs page (Swagger UI from our own static files) works under the same policy; a test checks it.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", NONCE],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

# Login throttling (django-axes): after 5 wrong passwords for one username from one address, wait an hour.
AXES_FAILURE_LIMIT = env_int("WEGWIJZER_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no log of successful logins: less personal data to keep
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False
# The real client behind our own proxies (WEGWIJZER_TRUSTED_PROXIES), as for every other throttle.
AXES_CLIENT_IP_CALLABLE = "wegwijzer.core.client.client_address"

# Two-step login (TOTP app): optional for coaches, employers and regions; for staff required where this is on
# (always in production: conf/production.py). See accounts/staff.py.
OTP_TOTP_ISSUER = "Wegwijzer"
WEGWIJZER_STAFF_TWO_STEP_REQUIRED = env_bool("WEGWIJZER_STAFF_TWO_STEP_REQUIRED", False)
