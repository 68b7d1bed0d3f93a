"""The home page, the pages that say who offers Wegwijzer and what it does with data, and the error pages."""

import math
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from .context_processors import theme_from_settings


class HomeView(TemplateView):
    template_name = "core/home.html"


@dataclass(frozen=True)
class OfferingOrganisation:
    """Who offers this Wegwijzer (the controller under the AVG), from settings. In demo mode an unset name or
    e-mail address gets an example value, which the pages mark as an example."""

    name: str
    email: str
    phone: str
    address: str
    is_example: bool

    @property
    def label(self) -> str:
        return f"{self.name} ({_('voorbeeld')})" if self.is_example else self.name

    @property
    def is_complete(self) -> bool:
        return bool(self.name and (self.email or self.phone or self.address))


EXAMPLE_NAME = "Voorbeeldorganisatie"
EXAMPLE_EMAIL = "wegwijzer@example.org"  # example.org is reserved for examples; no one receives this mail


def offering_organisation() -> OfferingOrganisation:
    name = theme_from_settings().name  # the setting, or in the demo the example municipality whose look is shown
    email = settings.WEGWIJZER_CONTACT_EMAIL
    is_example = settings.WEGWIJZER_DEMO and not (name and email)
    return OfferingOrganisation(
        name=name or (EXAMPLE_NAME if is_example else ""),
        email=email or (EXAMPLE_EMAIL if is_example else ""),
        phone=settings.WEGWIJZER_CONTACT_PHONE,
        address=settings.WEGWIJZER_CONTACT_ADDRESS,
        is_example=is_example,
    )


class TrustPageView(TemplateView):
    """The privacy and accessibility statements, contact and 'Over Wegwijzer': open to everyone, no personal data."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            organisation=offering_organisation(),
            scan_retention_days=settings.WEGWIJZER_ANONYMOUS_SCAN_RETENTION_DAYS,
            session_hours=math.ceil(settings.SESSION_COOKIE_AGE / 3600),
            login_lockout_hours=settings.AXES_COOLOFF_TIME,
            **kwargs,
        )


# --- error pages (wired in wegwijzer/urls.py and CSRF_FAILURE_VIEW) -----------------------------------------------


def previous_page(request) -> str | None:
    """The page the person came from, for a plain 'vorige pagina' link (no script: the Content-Security-Policy
    forbids javascript: links). Only a page of this site; browsers send it for same-origin pages only
    (SECURE_REFERRER_POLICY). After a failed form token it is the form's own page, which then gets a new token."""
    referer = request.META.get("HTTP_REFERER", "")
    here = {request.get_host()}
    return referer if url_has_allowed_host_and_scheme(referer, here, require_https=request.is_secure()) else None


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def _api_error(detail: str, status: int) -> JsonResponse:
    """The API's one error shape (api/errors.py), for a URL under /api/ that no API operation answers."""
    return JsonResponse({"detail": detail, "field": None}, status=status)


def page_not_found(request, exception=None):
    if _is_api(request):
        return _api_error(_("Dit adres bestaat niet in de API."), 404)
    return render(request, "404.html", {"back_url": previous_page(request)}, status=404)


def permission_denied(request, exception=None):
    if _is_api(request):
        return _api_error(_("Je hebt geen toegang tot deze gegevens."), 403)
    return render(request, "403.html", {"back_url": previous_page(request)}, status=403)


def csrf_failure(request, reason=""):
    """A form sent without a valid token: usually a page open too long, or cookies switched off."""
    return render(request, "403_csrf.html", {"back_url": previous_page(request)}, status=403)


def server_error(request):
    """Rendered without context processors and without the request: whatever broke (the database, a context
    processor) must not break this page too. The template also works with an empty context (Django's default)."""
    if _is_api(request):
        return _api_error(_("Er ging iets mis op de server. Probeer het later opnieuw."), 500)
    try:
        back_url = previous_page(request)
    except Exception:  # a broken Host header can be the error itself
        back_url = None
    html = loader.get_template("500.html").render({"back_url": back_url})
    return HttpResponse(html, status=500)
