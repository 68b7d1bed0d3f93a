"""The `wegwijzer` console script: Django's manage.py for this project."""

import os
import sys


def default_settings_module() -> str:
    """Production settings when WEGWIJZER_DEBUG=0, otherwise the local development settings."""
    if os.environ.get("WEGWIJZER_DEBUG", "1") == "0":
        return "wegwijzer.conf.production"
    return "wegwijzer.conf.dev"


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default_settings_module())
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 - loads the settings, so a missing variable is reported here, plainly
    except ImproperlyConfigured as error:
        sys.stderr.write(f"Wegwijzer kan niet starten: {error}\n")
        raise SystemExit(2) from None
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
