"""A person's skills profile in their export, what their coach sees of it, and deleting it with the account."""

from django.utils.translation import gettext_lazy

from wegwijzer.accounts.models import DataCategory
from wegwijzer.accounts.services import has_access

from .models import Experience, ProfileSkill
from .suggest import BY_KEY

LABELS = {
    "skills": gettext_lazy("Vaardigheden"),
    "vaardigheden": gettext_lazy("Wat ik al kan"),
    "naam": gettext_lazy("Vaardigheid"),
    "esco": gettext_lazy("ESCO-adres"),
    "eigen_woorden": gettext_lazy("In eigen woorden"),
    "bevestigd_door": gettext_lazy("Bevestigd door"),
    "vraag": gettext_lazy("Vraag"),
    "antwoord": gettext_lazy("Antwoord"),
}


def _skills(person) -> list[dict]:
    skills = ProfileSkill.objects.filter(person=person).select_related("experience", "confirmation")
    return [
        {
            "naam": skill.label,
            "esco": skill.esco_uri,
            "eigen_woorden": skill.own_words,
            "bevestigd_door": skill.confirmation.confirmer_name if hasattr(skill, "confirmation") else "",
        }
        for skill in skills
    ]


def export_personal_data(person) -> dict:
    experiences = Experience.objects.filter(person=person)
    answers = [{"vraag": BY_KEY[e.question].text if e.question in BY_KEY else e.question, "antwoord": e.text}
               for e in experiences]  # fmt: skip
    return {"antwoorden": answers, "vaardigheden": _skills(person)}


def shared_data(person, viewer) -> dict:
    """A coach with the person's consent sees the skills in the person's own words (the coach's view)."""
    if not has_access(viewer, person, DataCategory.OVERVIEW):
        return {}
    skills = _skills(person)
    return {"vaardigheden": skills} if skills else {}


def delete_personal_data(person) -> None:
    ProfileSkill.objects.filter(person=person).delete()
    Experience.objects.filter(person=person).delete()
