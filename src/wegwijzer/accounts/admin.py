"""The admin (/beheer/) for staff. What staff may and may not do with a person's account is in staff.py; in short:
every staff action on something of a person goes into that person's access log, the admin shows no encrypted field,
and only the person sets their own password and e-mail address."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import AdminUserAddForm, AdminUserChangeForm
from .models import AccessLog, Consent, DataCategory, Organisation, User
from .privacy_hooks import delete_account
from .services import log_access


class PersonAccessLogged:
    """For the admin of anything that belongs to a person (the person, their device, their consent): every addition,
    change and deletion by staff is also written to that person's access log, so they see it on their privacy page.
    A test checks that every registered model pointing at a user uses this."""

    def person_of(self, obj) -> User | None:
        if isinstance(obj, User):
            return obj
        for name in ("person", "user"):
            value = getattr(obj, name, None)
            if isinstance(value, User):
                return value
        return None

    def _tell_person(self, request, obj, action: str, detail: str = "") -> None:
        person = self.person_of(obj)
        if person is None or person.pk == request.user.pk:
            return
        why = gettext("Beheer (via /beheer/): %(what)s %(action)s.") % {
            "what": obj._meta.verbose_name,
            "action": action,
        }
        log_access(request.user, person, DataCategory.ACCOUNT, f"{why} {detail}".strip())

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        self._tell_person(request, obj, gettext("toegevoegd"), entry.get_change_message())
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        self._tell_person(request, obj, gettext("gewijzigd"), entry.get_change_message())
        return entry

    def log_deletions(self, request, queryset):
        for obj in queryset:
            self._tell_person(request, obj, gettext("verwijderd"))
        return super().log_deletions(request, queryset)


@admin.register(User)
class UserAdmin(PersonAccessLogged, DjangoUserAdmin):
    """Administrators manage accounts; opening one is logged, so the person sees it on their privacy page.

    A new account gets no password: the person chooses one through 'Wachtwoord vergeten'. The password and e-mail
    address of a non-staff person cannot be changed here, so no administrator can log in as a participant."""

    list_select_related = ["organisation"]  # a nullable key, which the admin does not follow by itself
    form = AdminUserChangeForm
    add_form = AdminUserAddForm
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("username", "email", "role", "organisation")}),)
    list_display = ("username", "role", "organisation", "is_active", "is_staff")
    list_filter = ("role", "is_active", "is_staff")
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (_("Wegwijzer"), {"fields": ("role", "organisation", "coach_code")}),
    )

    def get_readonly_fields(self, request, obj=None):
        fields = ["coach_code"]
        # From the database: a refused form has already set is_staff on obj. A new address plus 'Wachtwoord
        # vergeten' would let staff into the account, so a participant's address is theirs to change.
        if obj is not None and not User.objects.filter(pk=obj.pk, is_staff=True).exists():
            fields.append("email")
        return fields

    def change_view(self, request, object_id, form_url="", extra_context=None):
        person = self.get_object(request, object_id)
        if person is not None and person.pk != request.user.pk:
            log_access(request.user, person, DataCategory.ACCOUNT, _("Beheer van het account (via /beheer/)"))
        return super().change_view(request, object_id, form_url, extra_context)

    def user_change_password(self, request, id, form_url=""):
        person = self.get_object(request, id)
        if person is not None and not person.is_staff:
            messages.error(
                request,
                gettext("Alleen de persoon zelf kiest een wachtwoord, met 'Wachtwoord vergeten' op de inlogpagina."),
            )
            return redirect("admin:accounts_user_change", person.pk)
        return super().user_change_password(request, id, form_url)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.set_unusable_password()
        super().save_model(request, obj, form, change)

    def get_deleted_objects(self, objs, request):
        """Deleting goes through delete_account, which removes the person's consents and access log as their own
        deletion does; the read-only admins of those logs do not stand in its way."""
        deleted, counts, _permissions_needed, protected = super().get_deleted_objects(objs, request)
        return deleted, counts, set(), protected

    def delete_model(self, request, obj):
        delete_account(obj)  # everything of the person in every app, as when they delete it themselves

    def delete_queryset(self, request, queryset):
        for person in queryset:
            delete_account(person)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "region")
    list_filter = ("kind",)
    search_fields = ("name",)


@admin.register(Consent)
class ConsentAdmin(PersonAccessLogged, admin.ModelAdmin):
    """Read-only: only the person gives or withdraws consent."""

    list_display = ("subject", "given_at", "withdrawn_at", "source")
    list_filter = ("subject", "source")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(AccessLog)
class AccessLogAdmin(PersonAccessLogged, admin.ModelAdmin):
    """Read-only: a log that can be edited proves nothing. Without 'why': what a coach wrote is the person's."""

    list_display = ("viewer_role", "what", "at")
    list_filter = ("viewer_role",)
    fields = ("person", "viewer", "viewer_role", "what", "at")

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
class TOTPDeviceAdmin(PersonAccessLogged, admin.ModelAdmin):
    list_display = ("user", "name", "confirmed")
    fields = ("user", "name", "confirmed")
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
