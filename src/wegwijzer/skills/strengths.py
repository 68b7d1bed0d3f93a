"""The advice page's "Wat je al kunt": the skills the person kept in their own profile, grouped by the answer they
came from, so their own words stand beside the labels (registry part `advice_panel`; the scan does not import
skills). Only the person's own skills, for their own logged-in request; nothing for anyone else."""

from dataclasses import dataclass

from django.template.loader import render_to_string

from .models import ProfileSkill


@dataclass(frozen=True)
class FromOwnWords:
    own_words: str  # "" for skills whose answer is gone
    skills: list[ProfileSkill]


def own_strengths(person) -> list[FromOwnWords]:
    groups: dict[int | None, FromOwnWords] = {}
    for skill in ProfileSkill.objects.filter(person=person).select_related("experience", "confirmation"):
        group = groups.setdefault(skill.experience_id, FromOwnWords(skill.own_words, []))
        group.skills.append(skill)
    return list(groups.values())


def advice_panel(request) -> str:
    if not request.user.is_authenticated:
        return ""
    groups = own_strengths(request.user)
    if not groups:
        return ""
    return render_to_string("skills/_advice_panel.html", {"groups": groups}, request=request)
