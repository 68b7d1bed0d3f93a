from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.core.validators import MaxLengthValidator
from django.template import loader
from django.utils.translation import gettext_lazy as _

from .models import Role, User
from .passwords import PASSWORD_MAX_LENGTH
from .signup import is_unconfirmed, normalise

TEXTBOX = {"class": "utrecht-textbox utrecht-textbox--html-input"}


def limit_password_fields(form) -> None:
    """Every password typed in, also the current one at login, is checked against its hash with Argon2; a huge
    input would cost the server dearly, so it is refused before that with a plain message."""
    for field in form.fields.values():
        if isinstance(field.widget, forms.PasswordInput):
            field.max_length = PASSWORD_MAX_LENGTH
            field.validators.append(MaxLengthValidator(PASSWORD_MAX_LENGTH))
            field.error_messages["max_length"] = _("Dit wachtwoord is te lang. Gebruik hoogstens %(max)d tekens.") % {
                "max": PASSWORD_MAX_LENGTH
            }


class UtrechtStyled:
    """Gives Django's own auth forms the NL Design System classes, so every form looks and behaves the same."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_password_fields(self)
        for field in self.fields.values():
            if not isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs.setdefault("class", TEXTBOX["class"])


class PasswordChangeForm(UtrechtStyled, auth_forms.PasswordChangeForm):
    pass


class PasswordResetForm(UtrechtStyled, auth_forms.PasswordResetForm):
    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        """Django's version logs a failing mail server and carries on; ours lets it fail, so the page can say so."""
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        EmailMultiAlternatives(subject, body, from_email, [to_email]).send()


class SetPasswordForm(UtrechtStyled, auth_forms.SetPasswordForm):
    pass


class LoginForm(auth_forms.AuthenticationForm):
    unconfirmed = False  # set when the password is right but the account was never confirmed: offer a new link
    error_messages = {
        "invalid_login": _("Deze gebruikersnaam en dit wachtwoord horen niet bij elkaar. Probeer het opnieuw."),
        "inactive": _("Dit account is niet actief."),
        "unconfirmed": _(
            "Je hebt je e-mailadres nog niet bevestigd. Klik op de link in de mail die we je stuurden. "
            "Geen mail gekregen? Vraag hieronder een nieuwe link."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        limit_password_fields(self)
        # Django sets max_length here without a validator, so a long name reached django-axes, whose username
        # column (varchar 255) then failed on PostgreSQL. Refuse it in the form, before anything is stored.
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))
        username.error_messages["max_length"] = _("Een gebruikersnaam heeft hoogstens %(max)d tekens.") % {
            "max": username.max_length
        }
        username.label = _("Gebruikersnaam")
        username.help_text = _("Maakte je zelf een account? Dan is je gebruikersnaam je e-mailadres.")
        self.fields["password"].label = _("Wachtwoord")
        for field in self.fields.values():
            field.widget.attrs.update(TEXTBOX)
            field.error_messages["required"] = _("Vul dit in.")

    def clean_username(self):
        """Sign-up stores the address in lower case, and a phone often types a capital first: an address that is
        no username as typed is tried in lower case."""
        username = self.cleaned_data["username"]
        if "@" in username and not get_user_model().objects.filter(username=username).exists():
            return normalise(username)
        return username

    def get_invalid_login_error(self):
        """An account made on the sign-up page and never confirmed cannot log in (ModelBackend refuses inactive
        accounts); with the right password the person learns why, and how to get a new link."""
        username, password = self.cleaned_data.get("username"), self.cleaned_data.get("password")
        user = get_user_model().objects.filter(username=normalise(username or "")).first()
        if user is not None and is_unconfirmed(user) and user.check_password(password):
            self.unconfirmed = True
            return forms.ValidationError(self.error_messages["unconfirmed"], code="unconfirmed")
        return super().get_invalid_login_error()


def _email_field() -> forms.EmailField:
    return forms.EmailField(
        label=_("Je e-mailadres"),
        max_length=150,  # the address becomes the username, which has at most 150 characters
        error_messages={
            "required": _("Vul je e-mailadres in."),
            "invalid": _("Dit is geen e-mailadres. Kijk of er een @ in staat, zoals naam@voorbeeld.nl."),
            "max_length": _("Dit e-mailadres is te lang. Gebruik een adres van hoogstens 150 tekens."),
        },
        widget=forms.EmailInput(attrs={**TEXTBOX, "autocomplete": "email"}),
    )


class SignupForm(UtrechtStyled, auth_forms.SetPasswordMixin, forms.Form):
    """Only what an account needs: an e-mail address (to confirm it, and to reset a forgotten password) and a
    password, typed twice."""

    error_messages = {"password_mismatch": _("De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.")}
    email = _email_field()
    password1, password2 = auth_forms.SetPasswordMixin.create_password_fields(
        label1=_("Kies een wachtwoord"), label2=_("Typ het wachtwoord nog een keer")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password2"].help_text = ""
        self.fields["password1"].error_messages["required"] = _("Kies een wachtwoord.")
        self.fields["password2"].error_messages["required"] = _("Typ je wachtwoord nog een keer.")

    def clean(self):
        data = super().clean()
        self.validate_passwords()
        email = data.get("email", "")
        self.validate_password_for_user(get_user_model()(username=email, email=email), "password1")
        return data


class ResendForm(UtrechtStyled, forms.Form):
    email = _email_field()


class ConfirmForm(UtrechtStyled, forms.Form):
    password = forms.CharField(
        label=_("Je wachtwoord"),
        strip=False,
        error_messages={"required": _("Vul het wachtwoord in dat je koos.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("Dit is niet het wachtwoord dat je koos bij het maken van je account."))
        return self.cleaned_data["password"]


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code uit je app"),
        max_length=12,
        error_messages={"required": _("Vul de code van 6 cijfers in.")},
        widget=forms.TextInput(attrs={**TEXTBOX, "inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class ReasonForm(forms.Form):
    why = forms.CharField(
        label=_("Waarom wil je de gegevens nu zien?"),
        help_text=_("De deelnemer ziet wat je hier schrijft."),
        min_length=5,
        max_length=500,
        error_messages={
            "required": _("Schrijf kort waarom je kijkt."),
            "min_length": _("Schrijf iets meer: minstens 5 tekens."),
            "max_length": _("Houd het kort: hoogstens 500 tekens."),
        },
        widget=forms.Textarea(attrs={"class": "utrecht-textarea", "rows": 3}),
    )


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Je wachtwoord"),
        error_messages={"required": _("Vul je wachtwoord in.")},
        widget=forms.PasswordInput(attrs={**TEXTBOX, "autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("Ja, verwijder mijn account en al mijn gegevens. Dit kan niet ongedaan worden."),
        error_messages={"required": _("Vink dit aan als je zeker weet dat je alles wilt verwijderen.")},
        widget=forms.CheckboxInput(attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input"}),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_password_fields(self)
        self.user = user

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."))
        return self.cleaned_data["password"]


class AdminUserAddForm(forms.ModelForm):
    """A new account in the admin: no password field; the person chooses one with 'Wachtwoord vergeten'."""

    class Meta:
        model = User
        fields = ("username", "email", "role", "organisation")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["email"].help_text = _("De persoon kiest zelf een wachtwoord via 'Wachtwoord vergeten'.")


class AdminUserChangeForm(auth_forms.UserChangeForm):
    """Staff is a beheerder and never a participant (see staff.py): say so here instead of failing in the database."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        password = self.fields.get("password")
        if password is not None and not self.instance.is_staff:
            password.help_text = _("Alleen de persoon zelf kiest een wachtwoord, met 'Wachtwoord vergeten'.")

    def clean(self):
        from .staff import holds_participant_data

        data = super().clean()
        if data.get("is_staff") and data.get("role", self.instance.role) != Role.BEHEERDER:
            raise forms.ValidationError(
                _("Alleen een beheerder kan in /beheer/. Kies de rol Beheerder of zet stafstatus uit.")
            )
        if data.get("is_staff") and not self.instance.is_staff and holds_participant_data(self.instance):
            raise forms.ValidationError(
                _("Deze persoon heeft gegevens als deelnemer (bijvoorbeeld een scan). Maak een apart beheeraccount.")
            )
        return data
