"""Reading settings from the environment, with clear errors for values that are required."""

import os

from django.core.exceptions import ImproperlyConfigured


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


# The secret key of local development is public (it is in this file), so no server with debug off may use it.
DEVELOPMENT_SECRET_KEY = "dev-only-not-secret-wegwijzer"  # noqa: S105 - public on purpose, refused in production


def env_bool(name: str, default: bool) -> bool:
    """On only for 1, true, yes, on (any case, spaces around): anything else is off, so a typo never turns debug on."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} moet een heel getal zijn, niet {value!r}.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_required(name: str, why: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} ontbreekt: {why}")
    return value
