"""Making an account to save a scan: e-mail address and password only (minimum collection), confirmed by a link.

- The username is the e-mail address (in lower case): one thing less to remember, and the login page says so.
- A new account is an inactive participant until the link is followed; the link carries a token from Django's
  own token generator (like 'Wachtwoord vergeten', with its own salt, so one link never works as the other).
- Nobody learns from the page whether an address has an account: the page is the same, and so is the work done
  (the password is hashed every time). An existing account's owner gets a mail that someone tried to sign up.
- Signing up again for an address that was never confirmed sets the new password and sends a new link; every
  older link stops working (the token covers the password). Confirming asks the password too, so a link sent
  after someone else signed up with your address does not open an account with their password.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template import loader
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlencode, urlsafe_base64_encode

from . import throttle
from .models import Role, User
from .privacy_hooks import delete_account

MAILS_PER_CLIENT = 10  # a shared computer (library, community centre) may serve a few people in an hour
MAILS_PER_ADDRESS = 3
MAIL_WINDOW_SECONDS = 60 * 60


class ConfirmationTokenGenerator(PasswordResetTokenGenerator):
    """Django's token (HMAC with the secret key, expires after PASSWORD_RESET_TIMEOUT) with its own salt. The
    hash covers whether the account is active, so a link works once; and the password, so a new sign-up ends it."""

    key_salt = "wegwijzer.accounts.signup.ConfirmationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{super()._make_hash_value(user, timestamp)}{user.is_active}"


confirmation_token = ConfirmationTokenGenerator()


def link_valid_days() -> int:
    return settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60)


def mail_allowed(request, email: str) -> bool:
    """Sign-ups and new links together: at most MAILS_PER_CLIENT per client and MAILS_PER_ADDRESS per address."""
    return throttle.allowed(
        request,
        email,
        scope="signup",
        per_client=MAILS_PER_CLIENT,
        per_address=MAILS_PER_ADDRESS,
        window_seconds=MAIL_WINDOW_SECONDS,
    )


def normalise(email: str) -> str:
    return email.strip().lower()


def is_unconfirmed(user: User) -> bool:
    """Made through the sign-up page and never confirmed (an account an administrator switched off has logged in)."""
    return not user.is_active and user.last_login is None and user.role == Role.DEELNEMER


def _existing(email: str) -> User | None:
    return User.objects.filter(Q(username__iexact=email) | Q(email__iexact=email)).order_by("pk").first()


def sign_up(request, email: str, password: str, next_url: str = "") -> None:
    """Makes the inactive account and mails its link, or mails the existing account's owner; the same work both
    ways. Raises what the mail backend raises."""
    email = normalise(email)
    hashed = make_password(password)
    user = _existing(email)
    if user is None:
        user = User.objects.create(username=email, email=email, password=hashed, role=Role.DEELNEMER, is_active=False)
    elif is_unconfirmed(user):
        user.password = hashed
        user.save(update_fields=["password"])
    else:
        _send(request, user, "accounts/signup_exists_email.txt", next_url)
        return
    _send(request, user, "accounts/signup_email.txt", next_url)


def send_link_again(request, email: str, next_url: str = "") -> None:
    """A new link for an account that was never confirmed; nothing for any other address (the page is the same)."""
    user = _existing(normalise(email))
    if user is not None and is_unconfirmed(user):
        _send(request, user, "accounts/signup_email.txt", next_url)


def confirmation_url(request, user: User, next_url: str = "") -> str:
    path = reverse(
        "accounts:signup_confirm",
        kwargs={"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": confirmation_token.make_token(user)},
    )
    return request.build_absolute_uri(path + (f"?{urlencode({'next': next_url})}" if next_url else ""))


def _send(request, user: User, template: str, next_url: str) -> None:
    context = {
        "user": user,
        "confirm_url": confirmation_url(request, user, next_url),
        "reset_url": request.build_absolute_uri(reverse("accounts:password_reset")),
        "valid_days": link_valid_days(),
    }
    subject = "".join(loader.render_to_string("accounts/signup_subject.txt", context).splitlines())
    body = loader.render_to_string(template, context)
    EmailMultiAlternatives(subject, body, None, [user.email]).send()


def confirm(user: User) -> None:
    user.is_active = True
    user.save(update_fields=["is_active"])


def delete_unconfirmed(older_than_days: int) -> int:
    """Accounts never confirmed hold an address and a password hash (and perhaps failed logins in django-axes);
    they go, like any account, through delete_account after the retention period. Returns how many went."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    unconfirmed = User.objects.filter(
        is_active=False, last_login__isnull=True, role=Role.DEELNEMER, date_joined__lt=cutoff
    )
    count = 0
    for user in unconfirmed:
        delete_account(user)
        count += 1
    return count
