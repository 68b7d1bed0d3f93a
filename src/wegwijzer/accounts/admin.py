from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import AccessLog, Consent, DataCategory, Organisation, User
from .services import log_access


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Administrators manage accounts; opening one is logged, so the person sees it on their privacy page."""

    list_display = ("username", "role", "organisation", "is_active", "is_staff")
    list_filter = ("role", "is_active", "is_staff")
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (_("Wegwijzer"), {"fields": ("role", "organisation", "coach_code")}),
    )
    readonly_fields = ("coach_code",)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        person = self.get_object(request, object_id)
        if person is not None and person.pk != request.user.pk:
            log_access(request.user, person, DataCategory.ACCOUNT, _("Beheer van het account (via /beheer/)"))
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "region")
    list_filter = ("kind",)
    search_fields = ("name",)


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    """Read-only: only the person gives or withdraws consent."""

    list_display = ("subject", "given_at", "withdrawn_at", "source")
    list_filter = ("subject", "source")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(AccessLog)
class AccessLogAdmin(admin.ModelAdmin):
    """Read-only: a log that can be edited proves nothing."""

    list_display = ("viewer_role", "what", "at")
    list_filter = ("viewer_role",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# django-otp's own admin shows each device's secret as a QR code: staff could then log in as anyone with two-step
# login. Ours only lists devices and removes one (a person who lost their phone), never showing the secret.
admin.site.unregister(TOTPDevice)


@admin.register(TOTPDevice)
class TOTPDeviceAdmin(admin.ModelAdmin):
    list_display = ("user", "name", "confirmed")
    fields = ("user", "name", "confirmed")
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
