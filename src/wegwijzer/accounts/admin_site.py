"""The admin site at /beheer/: staff only, logging in through our own login page so throttling and two-step apply."""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .two_step import two_step_satisfied


class WegwijzerAdminSite(admin.AdminSite):
    site_header = _("Wegwijzer beheer")
    site_title = _("Wegwijzer beheer")

    def has_permission(self, request):
        return super().has_permission(request) and two_step_satisfied(request)

    def login(self, request, extra_context=None):
        from django.contrib.auth.views import redirect_to_login  # imports models: not before the apps are loaded

        next_url = request.GET.get("next") or reverse("admin:index", current_app=self.name)
        return redirect_to_login(next_url, reverse("accounts:login"))


class WegwijzerAdminConfig(AdminConfig):
    """django.contrib.admin with WegwijzerAdminSite as the default site (INSTALLED_APPS names this class)."""

    default_site = "wegwijzer.accounts.admin_site.WegwijzerAdminSite"
