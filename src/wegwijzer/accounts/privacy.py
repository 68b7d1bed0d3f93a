"""The accounts app's part of a person's data export and deletion (see privacy_hooks.py for the interface).

Besides our own models this covers what third-party apps keep about a login: django-axes' failed attempts
(keyed by username), django-otp's devices, admin log entries about the account, and the person's sessions (in the
database: the user id, the scan code and session-only encrypted answers of every browser they are logged in on)."""

from django.contrib.admin.models import LogEntry
from django.contrib.auth import SESSION_KEY
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AccessLog, Consent, DataCategory, User, data_category_label

# How the keys of the export and of shared_data read on a page (core/registry.py, AppPlugin.labels).
LABELS = {
    "accounts": _("Je account"),
    "wegwijzer_export": _("Over deze download"),
    "account": _("Je account"),
    "gebruiker": _("Gebruikersnaam"),
    "gebruikersnaam": _("Gebruikersnaam"),
    "voornaam": _("Voornaam"),
    "achternaam": _("Achternaam"),
    "naam": _("Naam"),
    "e-mail": _("E-mailadres"),
    "rol": _("Rol"),
    "organisatie": _("Organisatie"),
    "coachcode": _("Coachcode"),
    "aangemaakt_op": _("Account gemaakt op"),
    "lid_sinds": _("Lid sinds"),
    "laatst_ingelogd": _("Laatst ingelogd op"),
    "inloggen_in_twee_stappen": _("Inloggen in twee stappen (apps)"),
    "toestemmingen": _("Je toestemmingen"),
    "waarvoor": _("Waarvoor"),
    "onderdeel": _("Welk onderdeel"),
    "aan": _("Aan wie"),
    "gegeven_bij": _("Gegeven bij"),
    "gegeven_op": _("Gegeven op"),
    "ingetrokken_op": _("Ingetrokken op"),
    "inzage_door_anderen": _("Wie keek naar je gegevens"),
    "wie": _("Wie"),
    "wat": _("Wat"),
    "waarom": _("Waarom"),
    "wanneer": _("Wanneer"),
}
# Where a consent was given (Consent.source), as the person reads it; an unknown source as it is.
CONSENT_SOURCES = {
    "account": _("je account"),
    "scan": _("de loopbaanscan"),
    "ontwikkelplan": _("je ontwikkelplan"),
}


def _when(value) -> str | None:
    return value.isoformat() if value else None


def _consent(consent: Consent) -> dict:
    recipient = consent.recipient.display_name if consent.recipient else None
    organisation = consent.recipient_organisation.name if consent.recipient_organisation else None
    return {
        "waarvoor": consent.get_subject_display(),
        "onderdeel": str(data_category_label(consent.item)) if consent.item else None,
        "aan": recipient or organisation,
        "gegeven_bij": str(CONSENT_SOURCES.get(consent.source, consent.source)),
        "gegeven_op": _when(consent.given_at),
        "ingetrokken_op": _when(consent.withdrawn_at),
    }


def _access(entry: AccessLog) -> dict:
    return {
        "wie": entry.viewer.display_name if entry.viewer else None,
        "rol": entry.get_viewer_role_display(),
        "wat": str(data_category_label(entry.what)),
        "waarom": entry.why,
        "wanneer": _when(entry.at),
    }


def export_personal_data(user: User) -> dict:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return {
        "account": {
            "gebruikersnaam": user.username,
            "voornaam": user.first_name,
            "achternaam": user.last_name,
            "e-mail": user.email,
            "rol": user.get_role_display(),
            "organisatie": user.organisation.name if user.organisation else None,
            "coachcode": user.coach_code,
            "aangemaakt_op": _when(user.date_joined),
            "laatst_ingelogd": _when(user.last_login),
            "inloggen_in_twee_stappen": [d.name for d in TOTPDevice.objects.filter(user=user, confirmed=True)],
        },
        "toestemmingen": [
            _consent(c)
            for c in Consent.objects.filter(person=user).select_related("recipient", "recipient_organisation")
        ],
        "inzage_door_anderen": [_access(e) for e in AccessLog.objects.filter(person=user).select_related("viewer")],
    }


def shared_data(person: User, viewer) -> dict:
    from .services import has_access

    if not has_access(viewer, person, DataCategory.ACCOUNT):
        return {}
    return {"naam": person.display_name, "e-mail": person.email, "lid_sinds": _when(person.date_joined)}


def delete_personal_data(user: User) -> None:
    from axes.models import AccessAttempt, AccessFailureLog
    from axes.models import AccessLog as LoginLog
    from django_otp.plugins.otp_totp.models import TOTPDevice

    Consent.objects.filter(person=user).delete()
    AccessLog.objects.filter(person=user).delete()
    # Consents given to this user (as coach) end; the people who gave them keep the record of it.
    Consent.objects.filter(recipient=user, withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
    TOTPDevice.objects.filter(user=user).delete()
    for model in (AccessAttempt, AccessFailureLog, LoginLog):
        model.objects.filter(username=user.username).delete()
    user_type = ContentType.objects.get_for_model(User)
    LogEntry.objects.filter(content_type=user_type, object_id=str(user.pk)).delete()
    end_sessions(user)


def end_sessions(user: User) -> int:
    """Delete every session logged in as this user (all browsers, expired or not); returns how many.

    Session rows are signed, not searchable, so each is decoded; a row that no longer decodes is skipped."""
    user_id = str(user.pk)
    ended = [
        session.pk for session in Session.objects.iterator() if str(session.get_decoded().get(SESSION_KEY)) == user_id
    ]
    Session.objects.filter(pk__in=ended).delete()
    return len(ended)


def delete_expired_sessions(older_than_days: int) -> int:
    """Retention (wegwijzer purge_expired): delete sessions whose time is up. An expired session can never be used
    again but still holds a user id, a scan code and session-only answers, so it goes at once; the retention period
    of anonymous data (older_than_days) is for data a person can still come back to."""
    deleted, _per_model = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted
