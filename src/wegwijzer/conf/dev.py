"""Local development: debug on, a throwaway secret key, the embedded SQLite database by default."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import DEVELOPMENT_SECRET_KEY, env_bool, env_str

# Chosen by hand (DJANGO_SETTINGS_MODULE) while WEGWIJZER_DEBUG says off: that is a server, not a laptop. Fail closed.
if not env_bool("WEGWIJZER_DEBUG", True):
    raise ImproperlyConfigured(
        "WEGWIJZER_DEBUG staat uit, maar DJANGO_SETTINGS_MODULE kiest de ontwikkelinstellingen (debug aan, openbare "
        "geheime sleutel). Gebruik wegwijzer.conf.production of laat DJANGO_SETTINGS_MODULE weg."
    )
DEBUG = True
SECRET_KEY = env_str("WEGWIJZER_SECRET_KEY", DEVELOPMENT_SECRET_KEY)
# Mail is printed in the terminal unless a backend is chosen.
EMAIL_BACKEND = env_str("WEGWIJZER_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# runserver serves the static files itself; no manifest needed before collectstatic.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
