"""{% where_to_go_for_step step answers %}: under an advice step, where to go for it in the person's municipality.
{% dutch_name_for_step step %}: beside a translated step, the Dutch name of its service."""

from django import template
from django.utils.translation import get_language, get_language_bidi

from ..models import DUTCH_NAMES
from ..services import MUNICIPALITY_ANSWER, help_at

register = template.Library()


@register.inclusion_tag("directory/_where_to_go.html")
def where_to_go_for_step(step, answers, ask_url=""):
    """Nothing for a step without a service; without the `gemeente` answer, the national entries and an
    invitation to give a municipality or postcode (help_for_step, for code, returns nothing then).

    ask_url: where the person gives their municipality (the scan's question page); the scan's template passes it,
    so this app needs no knowledge of the scan's URLs."""
    place = (answers or {}).get(MUNICIPALITY_ANSWER)
    return {"help": help_at((step or {}).get("service"), place), "ask_url": ask_url}


@register.inclusion_tag("directory/_dutch_name.html")
def dutch_name_for_step(step):
    """On a page in another language than Dutch: the Dutch name of the step's service, so that the person can ask
    for it at the desk. Nothing on a Dutch page or for a step without a (known) service."""
    language = (get_language() or "nl").split("-")[0]
    service = (step or {}).get("service")
    return {"dutch_name": DUTCH_NAMES.get(service, "") if language != "nl" else "", "rtl": get_language_bidi()}
