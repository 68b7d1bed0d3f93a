"""The test suite: the development settings with fast password hashing and in-memory e-mail."""

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]  # noqa: F405
# django-axes needs the request in authenticate(), which Client.login() does not pass; the throttling tests turn it on.
AXES_ENABLED = False
# Tests never run collectstatic, so WhiteNoise would warn "No directory at: var/static/" for every new request
# handler (about 1,300 times a run). Static files come from the apps' folders (finders, live server) instead.
STATIC_ROOT = None

# A test's writes are uncommitted, so a background thread could not see them: searches refresh the snapshot inline.
WEGWIJZER_SNAPSHOT_IN_BACKGROUND = False
# Tasks run at once inside the test; the tests of the database and Redis workers choose those backends themselves.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
