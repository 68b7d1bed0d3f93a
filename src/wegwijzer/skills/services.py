"""A person's skills profile: answers to the guided questions, the skills they keep, and confirmations.

save_answer(person, question, text) -> Experience
keep_skills(person, experience, keys) -> list[ProfileSkill]
confirm(skill, confirmer, how, what_was_seen, seen_on) -> Confirmation
may_confirm(viewer, person) -> bool
"""

from datetime import date

from wegwijzer.accounts.models import DataCategory, Role, User
from wegwijzer.accounts.services import has_access, log_access

from . import skill_list
from .models import Accreditation, Confirmation, Experience, ProfileSkill


def save_answer(person: User, question: str, text: str) -> Experience:
    experience, _ = Experience.objects.update_or_create(person=person, question=question, defaults={"text": text})
    return experience


def keep_skills(person: User, experience: Experience | None, keys: list[str]) -> list[ProfileSkill]:
    """Add the skills the person kept (known keys only); a skill already in the profile keeps its first answer."""
    kept = []
    for key in keys:
        skill = skill_list.by_key().get(key)
        if skill is not None:
            profile_skill, _ = ProfileSkill.objects.get_or_create(
                person=person,
                skill_key=key,
                defaults={"label": skill.label, "esco_uri": skill.esco_uri, "experience": experience},
            )
            kept.append(profile_skill)
    return kept


def accreditation(viewer: User) -> Accreditation | None:
    return Accreditation.objects.filter(user=viewer).first()


def may_confirm(viewer: User, person: User) -> bool:
    """A coach the person gave access, or an assessor an administrator accredited; never the person themselves."""
    if viewer.pk == person.pk or not viewer.is_active:
        return False
    if viewer.role == Role.COACH and has_access(viewer, person, DataCategory.OVERVIEW):
        return True
    return accreditation(viewer) is not None


def open_for_confirmation(viewer: User, skill: ProfileSkill) -> None:
    log_access(viewer, skill.person, "vaardigheden", f"Vaardigheid bevestigen: {skill.label}")


def confirm(skill: ProfileSkill, confirmer: User, how: str, what_was_seen: str, seen_on: date) -> Confirmation:
    accredited = accreditation(confirmer)
    organisation = (
        accredited.organisation if accredited else (confirmer.organisation.name if confirmer.organisation else "")
    )
    confirmation, _ = Confirmation.objects.update_or_create(
        skill=skill,
        defaults={
            "confirmed_by": confirmer,
            "confirmer_name": confirmer.display_name,
            "confirmer_organisation": organisation,
            "how": how,
            "what_was_seen": what_was_seen,
            "seen_on": seen_on,
        },
    )
    skill.confirm_code = None
    skill.save(update_fields=["confirm_code"])
    return confirmation
