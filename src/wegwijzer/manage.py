"""The `wegwijzer` console script: Django's manage.py for this project."""

import os
import sys


def default_settings_module() -> str:
    """Production settings unless WEGWIJZER_DEBUG is on (1, true, yes, on) or unset; anything else fails closed."""
    from wegwijzer.conf.env import env_bool

    return "wegwijzer.conf.dev" if env_bool("WEGWIJZER_DEBUG", True) else "wegwijzer.conf.production"


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
