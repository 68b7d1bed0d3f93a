"""Enforces the permission matrix (matrix.py) before any view runs, and adds a Permissions-Policy header."""

import logging

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import matrix

logger = logging.getLogger(__name__)


class PermissionMatrixMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        path_view = matrix.ninja_path_view(view_func)
        if path_view is not None:
            operation = matrix.operation_for(path_view, request.method)
            if operation is None:
                return None  # the API answers 405 itself
            rule, is_api = matrix.rule_for_operation(operation), True
        else:
            rule, is_api = matrix.rule_for_view(match.view_name, match.namespace), False
        if rule is None:
            return self._without_rule(request, match.view_name, is_api)
        if rule.admits(request.user):
            return None
        return self._deny(request, is_api)

    def _without_rule(self, request, view_name, is_api):
        if settings.DEBUG:
            logger.warning("Geen toegangsregel voor %s: voeg er een toe (docs/permissions.md).", view_name)
            return None
        logger.error("Geweigerd: geen toegangsregel voor %s.", view_name)
        return self._deny(request, is_api, missing_login=False)

    def _deny(self, request, is_api, missing_login=None):
        anonymous = not request.user.is_authenticated if missing_login is None else missing_login
        if is_api:
            detail = _("Log eerst in.") if anonymous else _("Je hebt geen toegang tot deze gegevens.")
            return JsonResponse({"detail": detail, "field": None}, status=401 if anonymous else 403)
        if anonymous:
            return redirect_to_login(request.get_full_path())
        return render(request, "accounts/forbidden.html", status=403)


class PermissionsPolicyMiddleware:
    """Browser features Wegwijzer never uses stay off, also for anything injected into a page."""

    POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.POLICY)
        return response
