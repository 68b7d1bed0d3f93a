"""WSGI entry point: `gunicorn wegwijzer.wsgi`. Every app server is stateless; state lives in PostgreSQL."""

import os

from django.core.wsgi import get_wsgi_application

from wegwijzer.manage import default_settings_module

os.environ.setdefault("DJANGO_SETTINGS_MODULE", default_settings_module())
application = get_wsgi_application()
