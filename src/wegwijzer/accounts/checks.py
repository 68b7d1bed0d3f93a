"""`wegwijzer check --deploy` warns about every view or API operation without a rule in the permission matrix."""

from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def every_view_has_a_permission_rule(app_configs, **kwargs):
    from .matrix import endpoints_without_rule

    return [
        Warning(
            f"Geen toegangsregel voor {endpoint.key} ({endpoint.route}).",
            hint="Voeg een regel toe aan RULES in permissions.py van de app (docs/permissions.md).",
            id="wegwijzer.W001",
        )
        for endpoint in endpoints_without_rule()
    ]
