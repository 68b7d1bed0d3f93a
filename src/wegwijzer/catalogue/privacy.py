"""The catalogue's part of a person's data (accounts/privacy_hooks.py): the reviews they wrote."""

from django.utils.translation import gettext_lazy as _

from .models import Review

# How the export's keys read on a page (core/registry.py); offer titles exist only in Dutch.
LABELS = {
    "catalogue": _("Cursussen"),
    "ervaringen": _("Je ervaringen met cursussen"),
    "aanbod": _("Cursus"),
    "aanbieder": _("Aanbieder"),
    "cijfer": _("Cijfer"),
    "zin": _("Wat het je bracht"),
    "doelgroep": _("Doelgroep"),
    "status": _("Status"),
    "geschreven_op": _("Geschreven op"),
}
DUTCH_ONLY = frozenset({"aanbod"})


def export_personal_data(user) -> dict:
    return {
        "ervaringen": [
            {
                "aanbod": review.offer.title,
                "aanbieder": review.offer.provider.name,
                "cijfer": review.rating,
                "zin": review.sentence,
                "doelgroep": review.primary_group,
                "status": review.get_status_display(),
                "geschreven_op": review.created_at.isoformat(),
            }
            for review in Review.objects.filter(user=user).select_related("offer__provider")
        ]
    }


def delete_personal_data(user) -> None:
    Review.objects.filter(user=user).delete()
    # Reviews this person moderated stay (they are other people's), without the moderator's name.
    Review.objects.filter(moderated_by=user).update(moderated_by=None)
