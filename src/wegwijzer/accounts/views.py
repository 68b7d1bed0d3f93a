"""Login (with optional two-step code), making an account (signup.py), the participant's "Mijn Wegwijzer" page, the
person's privacy page, and opening another person's data (asked why,
logged), which coaching and insight use for their person views.

Who may open each view is in permissions.py (the permission matrix); object checks are here."""

import json
import logging
import time
from functools import partial

from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import views as auth_views
from django.core.mail import get_connection
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlencode, urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wegwijzer.core.registry import registry

from . import forms, passwords, services, signup, two_step
from .models import TWO_STEP_ROLES, AccessLog, Consent, data_category_label
from .privacy_hooks import delete_account, export_everything, shared_with

logger = logging.getLogger(__name__)

PENDING_USER = "wegwijzer_two_step_user"
PENDING_SINCE = "wegwijzer_two_step_since"
PENDING_NEXT = "wegwijzer_two_step_next"
PENDING_SECONDS = 5 * 60
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _checked_next(request, url: str) -> str:
    """The page to return to, if it is one of ours; otherwise nothing."""
    allowed = url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure())
    return url if url and allowed else ""


def _safe_next(request, url: str) -> str:
    return _checked_next(request, url) or reverse("accounts:start")


def _with_next(name: str, next_url: str) -> str:
    return reverse(name) + (f"?{urlencode({'next': next_url})}" if next_url else "")


class LoginView(auth_views.LoginView):
    """Step one: username and password (throttled by django-axes). With a two-step device, step two asks a code."""

    template_name = "accounts/login.html"
    form_class = forms.LoginForm

    def dispatch(self, request, *args, **kwargs):
        # Logged in but without the code step (e.g. sent here by the admin): log in again, no redirect loop.
        self.redirect_authenticated_user = two_step.two_step_satisfied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["signup_url"] = _with_next("accounts:signup", context.get("next", ""))
        context["resend_url"] = _with_next("accounts:signup_resend", context.get("next", ""))
        return context

    def form_valid(self, form):
        user = form.get_user()
        if two_step.confirmed_device(user) is None:
            return super().form_valid(form)
        self.request.session.cycle_key()
        self.request.session[PENDING_USER] = user.pk
        self.request.session[PENDING_SINCE] = time.time()
        self.request.session[PENDING_NEXT] = self.get_success_url()
        return redirect("accounts:login_code")


@require_http_methods(["GET", "POST"])
def login_code(request):
    """Step two: the code from the authenticator app, within five minutes of the password."""
    user_id = request.session.get(PENDING_USER)
    if not user_id or time.time() - request.session.get(PENDING_SINCE, 0) > PENDING_SECONDS:
        messages.info(request, _("Log opnieuw in met je gebruikersnaam en wachtwoord."))
        return redirect("accounts:login")
    user = get_object_or_404(get_user_model(), pk=user_id, is_active=True)
    device = two_step.confirmed_device(user)
    form = forms.CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device and two_step.verify(device, form.cleaned_data["code"]):
            next_url = request.session.get(PENDING_NEXT, "")
            auth_login(request, user, backend=MODEL_BACKEND)
            from django_otp import login as otp_login

            otp_login(request, device)
            return redirect(_safe_next(request, next_url))
        form.add_error("code", _("Deze code klopt niet of is verlopen. Kijk in je app en probeer het opnieuw."))
    return render(request, "accounts/login_code.html", {"form": form})


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = forms.PasswordChangeForm
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


class PasswordResetView(auth_views.PasswordResetView):
    """Throttled per client and per e-mail address (passwords.py); a failing mail server is said plainly."""

    template_name = "accounts/password_reset.html"
    form_class = forms.PasswordResetForm
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        if not passwords.reset_allowed(self.request, form.cleaned_data["email"]):
            form.add_error(
                None,
                _("Je hebt al een paar keer een link gevraagd. Kijk in je mail, of probeer het over een uur opnieuw."),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        # Whether a mail goes out depends on whether the address has an account, so a failure while sending
        # would tell who has one. The mail server is therefore tried first, for every address alike; a failure
        # after that is only logged, and the page says what it says for any address.
        if not mail_server_reachable():
            form.add_error(None, _("We konden de mail nu niet versturen. Probeer het later opnieuw."))
            return self.render_to_response(self.get_context_data(form=form), status=503)
        try:
            return super().form_valid(form)
        except Exception:  # any mail backend's failure: logged for the administrator
            logger.exception("De mail om een wachtwoord te herstellen kon niet worden verstuurd.")
            return redirect(self.get_success_url())


def mail_server_reachable() -> bool:
    try:
        with get_connection(fail_silently=False):
            return True
    except Exception:  # any backend's way of failing to connect
        logger.exception("De mailserver is niet bereikbaar.")
        return False


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = forms.SetPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


def _mail_page(request, form, template: str, context: dict, send) -> HttpResponse | None:
    """The throttle and the mail server, as for 'Wachtwoord vergeten'; None once the mail went (or was logged)."""
    if not signup.mail_allowed(request, form.cleaned_data["email"]):
        form.add_error(
            None, _("Je hebt al een paar keer een mail gevraagd. Kijk in je mail, of probeer het over een uur opnieuw.")
        )
        return render(request, template, context, status=429)
    # As with the password reset: what is sent depends on whether the address has an account, so the mail server
    # is tried first for every address alike, and a failure after that is only logged.
    if not mail_server_reachable():
        form.add_error(None, _("We konden de mail nu niet versturen. Probeer het later opnieuw."))
        return render(request, template, context, status=503)
    try:
        send()
    except Exception:  # any mail backend's failure: logged for the administrator
        logger.exception("De mail om een account te bevestigen kon niet worden verstuurd.")
    return None


@require_http_methods(["GET", "POST"])
def signup_page(request):
    """Make an account with an e-mail address and a password; it works once the link in the mail is followed."""
    if request.user.is_authenticated:
        return redirect("accounts:start")
    next_url = _checked_next(request, request.GET.get("next", ""))
    form = forms.SignupForm(request.POST or None)
    context = {"form": form, "login_url": _with_next("accounts:login", next_url)}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        send = partial(signup.sign_up, request, data["email"], data["password1"], next_url)
        refused = _mail_page(request, form, "accounts/signup.html", context, send)
        return refused or redirect(_with_next("accounts:signup_sent", next_url))
    return render(request, "accounts/signup.html", context)


@require_http_methods(["GET", "POST"])
def signup_resend(request):
    """A new link for an account that was never confirmed; the page is the same for every address."""
    next_url = _checked_next(request, request.GET.get("next", ""))
    form = forms.ResendForm(request.POST or None)
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        send = partial(signup.send_link_again, request, form.cleaned_data["email"], next_url)
        refused = _mail_page(request, form, "accounts/signup_resend.html", context, send)
        return refused or redirect(_with_next("accounts:signup_sent", next_url))
    return render(request, "accounts/signup_resend.html", context)


@require_http_methods(["GET"])
def signup_sent(request):
    next_url = _checked_next(request, request.GET.get("next", ""))
    context = {"resend_url": _with_next("accounts:signup_resend", next_url), "valid_days": signup.link_valid_days()}
    return render(request, "accounts/signup_sent.html", context)


def _unconfirmed_user(uidb64: str, token: str):
    try:
        user = get_user_model().objects.filter(pk=int(force_str(urlsafe_base64_decode(uidb64)))).first()
    except (TypeError, ValueError, OverflowError):
        return None
    if user is None or not signup.is_unconfirmed(user) or not signup.confirmation_token.check_token(user, token):
        return None
    return user


@require_http_methods(["GET", "POST"])
def signup_confirm(request, uidb64: str, token: str):
    """The link from the mail: with the password chosen at sign-up, the account works and the person is logged in.
    A button, not the link itself, confirms: mail programs that open links to check them confirm nothing."""
    user = _unconfirmed_user(uidb64, token)
    if user is None:
        return render(request, "accounts/signup_link_invalid.html", status=400)
    form = forms.ConfirmForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        signup.confirm(user)
        auth_login(request, user, backend=MODEL_BACKEND)
        messages.success(request, _("Je account is klaar. Je bent ingelogd."))
        return redirect(_safe_next(request, request.GET.get("next", "")))
    return render(request, "accounts/signup_confirm.html", {"form": form, "email": user.email})


@require_http_methods(["GET"])
def mine(request):
    """The participant's start page, "Mijn Wegwijzer". Each part is one link to the page that does that one thing;
    the scan's parts come from the registry (accounts does not import the scan)."""
    coach_consents = Consent.objects.filter(
        person=request.user, subject=Consent.Subject.COACH_ACCESS, withdrawn_at__isnull=True
    ).select_related("recipient")
    context = {"items": registry.overview(request.user), "coach_consents": coach_consents}
    return render(request, "accounts/mine.html", context)


def start(request):
    """Where someone lands after logging in: the page for their role."""
    return redirect(registry.start_page(request.user.role) or "accounts:privacy")


def privacy(request):
    """Everything stored about the logged-in person, who looked at it, their consents, and what they can do."""
    user = request.user
    access_log = [
        {"entry": entry, "what": data_category_label(entry.what)}
        for entry in AccessLog.objects.filter(person=user).select_related("viewer")
    ]
    context = {
        "export": export_everything(user),
        "consents": Consent.objects.filter(person=user).select_related("recipient", "recipient_organisation"),
        "access_log": access_log,
        "can_use_two_step": user.role in TWO_STEP_ROLES,
        "has_two_step": two_step.confirmed_device(user) is not None,
    }
    return render(request, "accounts/privacy.html", context)


def export_json(request):
    data = json.dumps(export_everything(request.user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="wegwijzer-mijn-gegevens.json"'
    return response


def export_html(request):
    """Everything as one page that opens in the browser, to read or print; ?download=1 saves it as a file."""
    response = render(request, "accounts/export.html", {"export": export_everything(request.user)})
    if request.GET.get("download"):
        response["Content-Disposition"] = 'attachment; filename="wegwijzer-mijn-gegevens.html"'
    return response


@require_http_methods(["GET", "POST"])
def withdraw_consent(request, pk: int):
    consent = get_object_or_404(Consent, pk=pk, person=request.user, withdrawn_at__isnull=True)
    if request.method == "POST":
        services.withdraw_consent(consent)
        messages.success(request, _("Je toestemming is ingetrokken."))
        return redirect("accounts:privacy")
    return render(request, "accounts/withdraw_consent.html", {"consent": consent})


@require_http_methods(["GET", "POST"])
def delete_own_account(request):
    form = forms.DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        auth_logout(request)
        delete_account(user)
        return redirect("accounts:deleted")
    return render(request, "accounts/delete_account.html", {"form": form})


def deleted(request):
    return render(request, "accounts/deleted.html")


@require_http_methods(["GET", "POST"])
def two_step_settings(request):
    """Turn the two-step login on (scan the QR code, confirm with a code) or off (confirm with a code)."""
    user = request.user
    device = two_step.confirmed_device(user)
    form = forms.CodeForm(request.POST or None)
    if request.method == "POST" and request.POST.get("action") == "start" and device is None:
        two_step.start_setup(user)
        return redirect("accounts:two_step")
    pending = None if device else two_step.pending_device(user)
    required = two_step.two_step_required(user)
    if request.method == "POST" and device and required:
        form.add_error(None, _("Als beheerder moet je inloggen in twee stappen houden. Het kan niet uit."))
    elif request.method == "POST" and form.is_valid():
        target = device or pending
        if target and two_step.verify(target, form.cleaned_data["code"]):
            return _finish_two_step_change(request, target, turning_on=device is None)
        form.add_error("code", _("Deze code klopt niet. Kijk in je app en probeer het opnieuw."))
    context = {"device": device, "pending": pending, "form": form, "required": required}
    if pending:
        context |= {"qr_svg": two_step.qr_svg(pending), "secret": two_step.secret_for_typing(pending)}
    return render(request, "accounts/two_step.html", context)


def _finish_two_step_change(request, device, *, turning_on: bool):
    from django_otp import login as otp_login

    if turning_on:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, _("Inloggen in twee stappen staat aan."))
    else:
        device.delete()
        update_session_auth_hash(request, request.user)
        messages.success(request, _("Inloggen in twee stappen staat uit."))
    return redirect("accounts:two_step")


def open_person_data(request, person_id: int, what: str, back: tuple[str, str]):
    """Ask why, log it for the person, then show what every app's privacy.shared_data lets this viewer see."""
    person = get_object_or_404(get_user_model(), pk=person_id, is_active=True)
    if not services.has_access(request.user, person, what):
        raise Http404
    context = {"person": person, "back_url": back[0], "back_label": back[1]}
    form = forms.ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.log_access(request.user, person, what, form.cleaned_data["why"])
        shared = shared_with(request.user, person)
        return render(request, "accounts/person_data.html", context | {"shared": shared})
    return render(request, "accounts/person_data_reason.html", context | {"form": form})
