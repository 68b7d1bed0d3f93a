"""What "Mijn Wegwijzer" (accounts:mine) says about the person's messages and the steps they took: progress counts
what was done, never what is still missing."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wegwijzer.core.registry import OverviewItem, registry

from . import services


def overview(person) -> tuple[OverviewItem, ...]:
    counts = services.counts(person)
    done = registry.finished_steps(person)
    items = []
    if done:
        items.append(
            OverviewItem(
                heading=_("Wat je al deed"),
                text=ngettext(
                    "Je hebt %(count)s stap gezet. Goed bezig!",
                    "Je hebt %(count)s stappen gezet. Goed bezig!",
                    done,
                )
                % {"count": done},
                link_url=reverse("scan:plan"),
                link_text=_("Kies je volgende stap"),
            )
        )
    if not counts["total"]:
        return tuple(items)
    unread = counts["unread"]
    items.append(
        OverviewItem(
            heading=_("Mijn berichten"),
            text=(
                ngettext("Je hebt %(count)s nieuw bericht.", "Je hebt %(count)s nieuwe berichten.", unread)
                % {"count": unread}
                if unread
                else _("Je hebt geen nieuwe berichten.")
            ),
            link_url=reverse("accounts:messages"),
            link_text=_("Lees je berichten"),
        )
    )
    return tuple(items)
