"""The page's languages: the language switch, and text that exists only in Dutch on a page in another language.

{% language_choices as choices %}: the other languages, each named in itself (settings.LANGUAGES, never
translated: a person who cannot read the current language must still find their own).

{% dutch %}…{% enddutch %} and {% dutch inline %}…{% enddutch %}: text an organisation wrote in Dutch (an offer,
a scheme, a help address). It is marked lang="nl", so that a screen reader and the read-aloud button speak it as
Dutch, and on a page in another language a short note in that language says it is only in Dutch; on a page written
right to left the Dutch keeps its left-to-right direction."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def language_choices() -> list[dict]:
    current = get_language()
    return [
        {"code": code, "name": name, "dir": "rtl" if code in settings.LANGUAGES_BIDI else "ltr"}
        for code, name in settings.LANGUAGES
        if code != current
    ]


@register.simple_tag
def page_direction() -> str:
    """ "rtl" for a language written right to left (Arabic), otherwise "ltr": for <html dir>."""
    return "rtl" if get_language_bidi() else "ltr"


def page_is_dutch() -> bool:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0] == "nl"


class DutchNode(template.Node):
    def __init__(self, nodelist, inline: bool):
        self.nodelist = nodelist
        self.inline = inline

    def render(self, context) -> str:
        text = self.nodelist.render(context)
        if not text.strip():
            return text
        element = "span" if self.inline else "div"
        # On a right-to-left page, Dutch keeps its own direction (its full stops stay at the end of the line).
        attributes = mark_safe(' lang="nl" dir="ltr"' if get_language_bidi() else ' lang="nl"')  # noqa: S308  (constants)
        marked = format_html("<{0}{1}>{2}</{0}>", element, attributes, text)
        if page_is_dutch():
            return marked
        note = _("Deze tekst is alleen in het Nederlands.")
        if self.inline:
            return format_html('{} <span class="wegwijzer-dutch-only">({})</span>', marked, note)
        return format_html('<p class="utrecht-paragraph wegwijzer-dutch-only">{}</p>{}', note, marked)


@register.tag("dutch")
def dutch(parser, token) -> DutchNode:
    bits = token.split_contents()
    if bits[1:] not in ([], ["inline"]):
        raise template.TemplateSyntaxError("{% dutch %} or {% dutch inline %}")
    nodelist = parser.parse(("enddutch",))
    parser.delete_first_token()
    return DutchNode(nodelist, inline=bits[1:] == ["inline"])
