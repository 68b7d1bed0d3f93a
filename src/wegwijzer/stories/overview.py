"""A link on Mijn Wegwijzer to stories of people like the person, when there are any."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wegwijzer.core.registry import OverviewItem

from .models import Story


def overview(person) -> tuple[OverviewItem, ...]:
    if not Story.objects.filter(published=True).exists():
        return ()
    return (
        OverviewItem(
            heading=_("Iemand zoals jij"),
            text=_("Lees hoe anderen in een situatie als de jouwe begonnen met leren."),
            link_url=reverse("stories:list"),
            link_text=_("Lees hun verhalen"),
        ),
    )
