"""What the participant's "Mijn Wegwijzer" page says about their skills: how many they wrote down, or where to
start."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wegwijzer.core.registry import OverviewItem

from .models import ProfileSkill


def overview(person) -> tuple[OverviewItem, ...]:
    count = ProfileSkill.objects.filter(person=person).count()
    if not count:
        text = _("Je leert veel in werk, vrijwilligerswerk, zorg en thuis. Schrijf op wat je al kunt.")
        return (OverviewItem(_("Wat kan ik al?"), text, reverse("skills:profile"), _("Begin met vier korte vragen")),)
    text = ngettext("Je schreef %(count)d vaardigheid op.", "Je schreef %(count)d vaardigheden op.", count)
    return (OverviewItem(_("Wat kan ik al?"), text % {"count": count}, reverse("skills:profile"), _("Bekijk ze")),)
