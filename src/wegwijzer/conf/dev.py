"""Local development: debug on, a throwaway secret key, the embedded SQLite database by default."""

from .base import *  # noqa: F403
from .env import env_str

DEBUG = True
SECRET_KEY = env_str("WEGWIJZER_SECRET_KEY", "dev-only-not-secret-wegwijzer")
# runserver serves the static files itself; no manifest needed before collectstatic.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
