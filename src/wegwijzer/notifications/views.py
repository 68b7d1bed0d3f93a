"""The person's inbox, one message (with the answer to a check-in), how often they want e-mail, and the one-tap
unsubscribe page that works without logging in. Who may open each view is in permissions.py; ownership is checked
here."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from wegwijzer.core.registry import registry

from . import services
from .forms import AnswerForm, FrequencyForm
from .models import Frequency, Message

INBOX_SIZE = 50  # the newest messages; older ones stay in the export


@require_GET
def inbox(request):
    items = services.inbox(request.user)[:INBOX_SIZE]
    return render(request, "notifications/inbox.html", {"items": items})


@require_http_methods(["GET", "POST"])
def message(request, pk: int):
    """One message; opening it marks it read. A check-in is answered here with one tap."""
    item = get_object_or_404(Message, pk=pk, person=request.user)
    form = AnswerForm(request.POST or None)
    if request.method == "POST":
        if item.kind != Message.Kind.CHECK_IN:
            messages.error(request, _("Op dit bericht hoef je niet te antwoorden."))
            return redirect("accounts:message", pk=item.pk)
        if form.is_valid():
            services.answer_check_in(item, form.cleaned_data["answer"])
            messages.success(request, _thanks(request.user, item.answer))
            return redirect("accounts:messages")
    services.mark_read(item)
    return render(request, "notifications/message.html", {"item": item, "form": form})


def _thanks(person, answer: str) -> str:
    if answer == Message.Answer.DONE:
        done = registry.finished_steps(person)
        return ngettext(
            "Goed gedaan! Je hebt nu %(count)s stap gezet.", "Goed gedaan! Je hebt nu %(count)s stappen gezet.", done
        ) % {"count": done}
    if answer == Message.Answer.HELP:
        return _("Dank je. Vraag je coach om hulp, of kijk in je plan waar je terecht kunt.")
    return _("Dank je. Dat is niet erg: kies in je plan een nieuwe dag.")


@require_http_methods(["GET", "POST"])
def preferences(request):
    form = FrequencyForm(request.POST or None, initial={"frequency": services.frequency(request.user)})
    if request.method == "POST" and form.is_valid():
        services.set_frequency(request.user, form.cleaned_data["frequency"])
        messages.success(
            request, _("Opgeslagen. %(choice)s.") % {"choice": Frequency(form.cleaned_data["frequency"]).label}
        )
        return redirect("accounts:messages")
    return render(request, "notifications/preferences.html", {"form": form})


@csrf_exempt  # the signed token is the proof; a mail program's one-click unsubscribe (RFC 8058) posts without a form
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """Stop e-mail with one tap, without logging in. Only the e-mail preference changes; a link that was changed
    changes nothing and says so. GET only shows the button, so a mail scanner that opens links stops nothing."""
    person = services.person_for_token(token)
    if person is None:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    if request.method == "POST":
        services.set_frequency(person, Frequency.NEVER)
        return render(request, "notifications/unsubscribe_done.html")
    return render(request, "notifications/unsubscribe.html", {"token": token})
