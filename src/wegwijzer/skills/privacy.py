"""A person's skills profile in their export, and deleting it with the account."""

from .models import Experience, ProfileSkill


def export_personal_data(person) -> dict:
    skills = ProfileSkill.objects.filter(person=person).select_related("experience", "confirmation")
    return {
        "antwoorden": [{"vraag": e.question, "antwoord": e.text} for e in Experience.objects.filter(person=person)],
        "vaardigheden": [
            {
                "naam": skill.label,
                "esco": skill.esco_uri,
                "eigen_woorden": skill.own_words,
                "bevestigd_door": skill.confirmation.confirmer_name if hasattr(skill, "confirmation") else "",
            }
            for skill in skills
        ],
    }


def delete_personal_data(person) -> None:
    ProfileSkill.objects.filter(person=person).delete()
    Experience.objects.filter(person=person).delete()
