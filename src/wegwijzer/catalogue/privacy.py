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
# The advice's target groups (advice/engine/rules/target_groups.yaml) as the person reads them: a review keeps the
# group its writer was in, so that people in the same situation see it first.
GROUP_LABELS = {
    "laagopgeleid_vast": _("Je hebt vast werk en leerde vooral in de praktijk"),
    "flex_bewust_gemotiveerd": _("Je werkt flexibel omdat je dat wilt, en je wilt leren"),
    "flex_bewust_niet_gemotiveerd": _("Je werkt flexibel omdat je dat wilt"),
    "flex_tegen_wil_en_dank": _("Je werkt flexibel, maar je wilt liever vast werk"),
    "flex_twijfelaar": _("Je werkt flexibel en twijfelt of dat bij je past"),
    "alleenstaande_ouder": _("Je zorgt alleen voor je kinderen"),
    "nugger": _("Je hebt geen werk en geen uitkering"),
    "zzp": _("Je werkt voor jezelf"),
    "oudere_werknemer": _("Je bent ouder dan 50 en werkt in loondienst"),
    "overig": _("Geen van de groepen uit het onderzoek"),
}


def export_personal_data(user) -> dict:
    return {
        "ervaringen": [
            {
                "aanbod": review.offer.title,
                "aanbieder": review.offer.provider.name,
                "cijfer": review.rating,
                "zin": review.sentence,
                "doelgroep": str(GROUP_LABELS.get(review.primary_group, review.primary_group)) or None,
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
