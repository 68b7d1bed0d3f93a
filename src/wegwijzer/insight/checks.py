"""The small-count threshold can only go up: a setting under the floor stops every command at startup."""

from django.conf import settings
from django.core import checks

# k: the fewest people behind any figure an employer or region sees (issue 16). Raise the setting, never this.
MIN_GROUP_FLOOR = 10


@checks.register(checks.Tags.security)
def check_min_group(app_configs, **kwargs) -> list[checks.CheckMessage]:
    value = settings.WEGWIJZER_INSIGHT_MIN_GROUP
    if isinstance(value, int) and value >= MIN_GROUP_FLOOR:
        return []
    return [
        checks.Error(
            f"WEGWIJZER_INSIGHT_MIN_GROUP is {value!r}; it may not be lower than {MIN_GROUP_FLOOR}.",
            hint="Figures over fewer people could point at one person. Raise the value, never lower it.",
            id="insight.E001",
        )
    ]
