"""Which stories fit a person: the same target group and goal first, then either, then stories for everyone."""

from django.db.models import Q

from wegwijzer.advice.engine import Profile, advise

from .models import Story

SHOWN = 3


def stories_for(profile: Profile | None) -> list[Story]:
    published = Story.objects.filter(published=True)
    if profile is None:
        return list(published.filter(target_group="", goal="")[:SHOWN])
    groups = advise(profile)["target_groups"]
    goal = profile.goal or ""
    fitting = published.filter(Q(target_group__in=groups) | Q(target_group=""), Q(goal=goal) | Q(goal=""))
    return sorted(fitting, key=lambda story: (story.target_group == "", story.goal == "", story.pk))[:SHOWN]
