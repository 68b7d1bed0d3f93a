from django import forms
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.forms import TEXTBOX
from wegwijzer.core.registry import PlanChoice
from wegwijzer.directory.models import Service

from .models import Contact, PlanStep, Referral
from .services import SCHEMES, InvitationProblem, find_choices, find_coach, open_invitation


class GrantCoachForm(forms.Form):
    code = forms.CharField(
        label=_("Code van je coach"),
        help_text=_("Je coach geeft je deze code. Hij heeft 8 tekens."),
        max_length=20,
        error_messages={"required": _("Vul de code van je coach in.")},
        widget=forms.TextInput(attrs={**TEXTBOX, "autocomplete": "off"}),
    )
    include_sensitive = forms.BooleanField(
        label=_("Mijn coach mag ook mijn gevoelige antwoorden zien (gezondheid, schulden)."),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input"}),
    )

    def clean_code(self):
        coach = find_coach(self.cleaned_data["code"])
        if coach is None:
            raise forms.ValidationError(_("We vinden geen coach met deze code. Kijk of je hem goed hebt overgenomen."))
        self.coach = coach
        return self.cleaned_data["code"]


CHECKBOX = forms.CheckboxInput(attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input"})
SELECT = forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"})
TEXTAREA = forms.Textarea(attrs={"class": "utrecht-textarea utrecht-textarea--html-textarea", "rows": 4})
DATE = forms.DateInput(attrs={**TEXTBOX, "type": "date"}, format="%Y-%m-%d")
DATE_FORMATS = ["%Y-%m-%d", "%d-%m-%Y"]


class AcceptInvitationForm(forms.Form):
    """The person accepts a coach's invitation on their own screen, and chooses what the coach may see."""

    code = forms.CharField(
        label=_("Code van de uitnodiging"),
        help_text=_("Je coach gaf je deze code of een link. De code heeft 6 tekens."),
        max_length=20,
        error_messages={"required": _("Vul de code van de uitnodiging in.")},
        widget=forms.TextInput(attrs={**TEXTBOX, "autocomplete": "off"}),
    )
    include_sensitive = GrantCoachForm.base_fields["include_sensitive"]

    def clean_code(self):
        try:
            self.invitation = open_invitation(self.cleaned_data["code"])
        except InvitationProblem as problem:
            raise forms.ValidationError(str(problem)) from None
        return self.cleaned_data["code"]


class ContactForm(forms.Form):
    """One conversation: date, kind, topic and tag, a note (private or shared) and an agreed referral."""

    date = forms.DateField(
        label=_("Datum"),
        input_formats=DATE_FORMATS,
        widget=DATE,
        error_messages={"required": _("Vul de datum in."), "invalid": _("Vul een datum in, zoals 14-03-2026.")},
    )
    kind = forms.ChoiceField(
        label=_("Soort gesprek"),
        choices=Contact.Kind.choices,
        widget=SELECT,
        error_messages={"required": _("Kies de soort gesprek."), "invalid_choice": _("Kies de soort gesprek.")},
    )
    topic = forms.CharField(
        label=_("Onderwerp"),
        max_length=200,
        widget=forms.TextInput(attrs=TEXTBOX),
        error_messages={"required": _("Schrijf in een paar woorden waar het gesprek over ging.")},
    )
    tag = forms.ChoiceField(
        label=_("Soort begeleiding"),
        choices=Contact.Tag.choices,
        widget=forms.RadioSelect(attrs={"class": "utrecht-radio-button utrecht-radio-button--html-input"}),
        error_messages={
            "required": _("Kies curatief, preventief of amplitief."),
            "invalid_choice": _("Kies curatief, preventief of amplitief."),
        },
    )
    note = forms.CharField(label=_("Notitie"), required=False, max_length=4000, widget=TEXTAREA)
    note_shared = forms.BooleanField(
        label=_("Deel deze notitie met de deelnemer. Die ziet haar dan op de eigen pagina."),
        required=False,
        widget=CHECKBOX,
    )
    referral_service = forms.ChoiceField(
        label=_("Verwijzen naar hulp (als een probleem eerst moet)"),
        choices=[("", _("Geen verwijzing")), *Service.choices],
        required=False,
        widget=SELECT,
        error_messages={"invalid_choice": _("Kies een soort hulp uit de lijst.")},
    )
    referral_consent = forms.BooleanField(
        label=_("De deelnemer zei in het gesprek ja tegen deze verwijzing."),
        required=False,
        widget=CHECKBOX,
    )

    def clean(self):
        data = super().clean()
        if data.get("referral_service") and not data.get("referral_consent"):
            self.add_error(
                "referral_consent",
                _("Een verwijzing leggen we alleen vast als de deelnemer ja zei. Vraag het eerst, of kies geen hulp."),
            )
        return data


class FollowUpForm(forms.Form):
    arrived = forms.ChoiceField(
        label=_("Is de deelnemer er geweest?"),
        choices=[(Referral.Arrived.YES, _("Ja")), (Referral.Arrived.NO, _("Nee, nog niet"))],
        error_messages={"required": _("Kies ja of nee."), "invalid_choice": _("Kies ja of nee.")},
    )


class GoalForm(forms.Form):
    goal = forms.CharField(
        label=_("Doel, in de woorden van de deelnemer"),
        max_length=500,
        widget=forms.TextInput(attrs=TEXTBOX),
        error_messages={"required": _("Schrijf het doel op.")},
    )


class StepForm(forms.Form):
    text = forms.CharField(
        label=_("Kleine stap"),
        max_length=300,
        widget=forms.TextInput(attrs=TEXTBOX),
        error_messages={"required": _("Schrijf op wat de stap is.")},
    )
    owner = forms.ChoiceField(
        label=_("Wie doet het?"),
        choices=PlanStep.Owner.choices,
        widget=SELECT,
        error_messages={"required": _("Kies wie de stap doet."), "invalid_choice": _("Kies wie de stap doet.")},
    )
    due = forms.DateField(
        label=_("Wanneer?"),
        input_formats=DATE_FORMATS,
        widget=DATE,
        error_messages={"required": _("Vul een datum in."), "invalid": _("Vul een datum in, zoals 14-03-2026.")},
    )
    funding_ref = forms.ChoiceField(
        label=_("Wie betaalt het?"),
        help_text=_("Kies een regeling als jullie weten wie betaalt. Het aanbod kies je daarna bij de stap."),
        required=False,
        widget=SELECT,
        error_messages={"invalid_choice": _("Kies een regeling uit de lijst, of 'Nog niet bekend'.")},
    )

    def __init__(self, *args, current_funding: PlanChoice | None = None, **kwargs):
        """The schemes running today to choose from, and the step's own scheme when it has ended since."""
        super().__init__(*args, **kwargs)
        schemes = find_choices(SCHEMES)
        if current_funding is not None and current_funding.ref not in {scheme.ref for scheme in schemes}:
            schemes.append(current_funding)
        self.fields["funding_ref"].choices = [
            ("", _("Nog niet bekend")),
            *((scheme.ref, scheme.title) for scheme in schemes),
        ]


class OfferSearchForm(forms.Form):
    """Words to find an offer for a step (GET, so the results page can be bookmarked and works without JS)."""

    zoek = forms.CharField(
        label=_("Zoek een aanbod"),
        help_text=_("Bijvoorbeeld: taal, heftruck, computer."),
        max_length=100,
        widget=forms.TextInput(attrs={**TEXTBOX, "type": "search"}),
        error_messages={"required": _("Vul een paar woorden in om een aanbod te zoeken.")},
    )
