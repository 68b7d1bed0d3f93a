from django.shortcuts import render
from django.views.decorators.http import require_GET

from wegwijzer.core.registry import registry

from . import services


@require_GET
def stories(request):
    """Stories of people in a similar situation, matched to the scan of the person behind this request."""
    profile = registry.current_profile(request)
    context = {"stories": services.stories_for(profile), "matched": profile is not None}
    return render(request, "stories/stories.html", context)
