"""A person's credentials in their export, and what deleting the account does: each credential is revoked (a copy
someone kept then shows as revoked) and keeps only its place in the status list, without the person or the JWT."""

from django.utils import timezone
from django.utils.translation import gettext_lazy

from .models import FinishedLearning, IssuedCredential

LABELS = {
    "credentials": gettext_lazy("Bewijzen"),
    "bewijzen": gettext_lazy("Mijn bewijzen"),
    "voor": gettext_lazy("Voor"),
    "uitgegeven_op": gettext_lazy("Gemaakt op"),
    "ingetrokken": gettext_lazy("Ingetrokken"),
    "gedeeld": gettext_lazy("Gedeeld met een link"),
    "vc_jwt": gettext_lazy("Het bewijs (VC-JWT)"),  # "aanbod" and "bevestigd_door": the catalogue and skills label them
    "afgeronde_leerstappen": gettext_lazy("Afgeronde leerstappen"),
    "afgerond_op": gettext_lazy("Afgerond op"),
    "wat_gedaan": gettext_lazy("Wat je deed"),
}


def export_personal_data(person) -> dict:
    return {
        "bewijzen": [
            {"voor": c.achievement_name, "uitgegeven_op": c.issued_at.isoformat(), "ingetrokken": bool(c.revoked_at),
             "gedeeld": bool(c.share_code), "vc_jwt": c.vc_jwt}
            for c in IssuedCredential.objects.filter(person=person)
        ],
        "afgeronde_leerstappen": [
            {"aanbod": f.offer_title, "bevestigd_door": f.confirmer_name,
             "afgerond_op": f.finished_on.isoformat() if f.finished_on else "", "wat_gedaan": f.what_was_done}
            for f in FinishedLearning.objects.filter(person=person)
        ],
    }  # fmt: skip


def delete_personal_data(person) -> None:
    IssuedCredential.objects.filter(person=person, revoked_at__isnull=True).update(revoked_at=timezone.now())
    IssuedCredential.objects.filter(person=person).update(
        person=None, skill=None, learning=None, vc_jwt="", share_code=None, achievement_name=""
    )
    FinishedLearning.objects.filter(person=person).delete()
