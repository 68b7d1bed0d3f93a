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
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
