"""Showing why an advice step is given, for the person: their own answers first, then the research by chapter.

The Advies names the answers a step rests on (``because``: Profiel field and value); here each becomes the scan's
own question with the answer the person chose ("Ik heb tijd om te leren." Dat klopt meestal niet.). Sources are
named by report and chapter; line numbers are for coaches, the API and the docs, not for this page.
"""

import re

from django import template
from django.utils.translation import gettext as _

from wegwijzer.advice.engine import contradictions, load_rulebook, validate_profile
from wegwijzer.scan.questions import QUESTIONS, profile_data

register = template.Library()

_BY_FIELD = {question.field: question for question in QUESTIONS if question.field}
_CHILDREN = next(question for question in QUESTIONS if question.key == "kinderen")


def _label(question, value) -> str:
    wanted = {True: "ja", False: "nee"}.get(value, str(value)) if isinstance(value, bool) else str(value)
    for option in question.options:
        if option.value == wanted:
            return str(option.label)
    return str(value)


def _asked_and_chosen(answer: dict) -> tuple[str, str]:
    """The question as the scan asked it and the option the person chose; for the two fields the scan does not
    ask itself, a plain name for the field and the value."""
    field, value = answer["field"], answer["value"]
    question = _CHILDREN if field == "children_under_12" else _BY_FIELD.get(field)
    if question is None:
        other = {"occupation": _("Je beroep"), "years_current_job": _("Jaren in je huidige werk")}
        return "", f"{other.get(field, field)}: {value}"
    chosen = _("Nee") if field == "children_under_12" and value == 0 else _label(question, value)
    return str(question.text), chosen


def _in_words(question: str, answer: str) -> str:
    # The quotation marks differ per language („…” in Dutch, “…” in English), so they are part of the message.
    return _("„%(question)s” %(answer)s") % {"question": question, "answer": answer} if question else answer


@register.filter
def answers_in_short(because) -> str:
    """The answers a step rests on as one line: each question once, with every option the person chose there
    („Speelt een van deze dingen nu in je leven?” Je hebt schulden, zorgen over geld)."""
    chosen: dict[str, list[str]] = {}
    for answer in because or ():
        question, label = _asked_and_chosen(answer)
        labels = chosen.setdefault(question, [])
        labels.append(_lower_first(label) if labels else label)
    return "; ".join(_in_words(question, ", ".join(labels)) for question, labels in chosen.items())


def _lower_first(label: str) -> str:
    """'Zorgen over geld' → 'zorgen over geld' after a comma; names such as 'WW' keep their capitals."""
    return label[0].lower() + label[1:] if label[1:2].islower() else label


@register.filter
def research_named(sources) -> list[str]:
    """'panteia-2019 §8.3 L1645-1653' → 'Panteia, Belemmeringen Leven Lang Ontwikkelen (2019), hoofdstuk 8.3'."""
    book = load_rulebook()
    named = []
    for source in sources or ():
        key, _space, where = source.partition(" ")
        chapter = re.search(r"§([\d.]+)", where)
        text = book.sources[key].title if key in book.sources else key
        if chapter:
            text += ", " + _("hoofdstuk %(chapter)s") % {"chapter": chapter.group(1)}
        named.append(text)
    return list(dict.fromkeys(named))


@register.filter
def steps_now(steps) -> list[dict]:
    """The steps to take first (contract: horizon "nu", or no horizon)."""
    return [step for step in steps if step.get("horizon", "nu") == "nu"]


@register.filter
def steps_after(steps) -> list[dict]:
    """The steps for once the first ones are under way ("daarna") and for later."""
    return [step for step in steps if step.get("horizon", "nu") != "nu"]


@register.filter
def answer_conflicts(answers) -> list[str]:
    """Answers that cannot both be true (30 years of work at 20), in plain words, so the page can ask again.

    The scan asks age and years of work, not years in this job, so only that pair can clash here."""
    profile = validate_profile(profile_data(answers or {}))
    if not any(problem.field == "years_experience" for problem in contradictions(profile)):
        return []
    return [
        _("Je zei dat je %(age)s jaar bent en %(years)s jaar hebt gewerkt. Dat kan niet allebei kloppen.")
        % {"age": profile.age, "years": profile.years_experience}
    ]
