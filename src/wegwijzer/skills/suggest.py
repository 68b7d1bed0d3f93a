"""The guided questions that build a skills profile, and the skills an answer suggests. No Django here.

A skill is suggested when one of its cue words (skill_list.Skill.cues) begins a word of the answer or that word's
stem ("kinderen" -> "kind"); skills of the question's own areas come first. An answer that names none of them
gets the question's most common skills, so the person always has something to keep or remove."""

from dataclasses import dataclass

from . import skill_list
from .text import stem, words

MOST = 8


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    hint: str
    areas: tuple[str, ...]


QUESTIONS = (
    Question("werk", "Wat doe je in je werk?", "Bijvoorbeeld: ik maak kantoren schoon, ik vul vakken in de "
             "supermarkt. Heb je geen werk? Schrijf dan wat je vroeger deed, of sla deze vraag over.",
             ("schoonmaak", "logistiek", "winkel", "horeca", "bouw", "productie", "zorg", "algemeen")),
    Question("vrijwilligerswerk", "Doe je vrijwilligerswerk?", "Bijvoorbeeld: ik sta achter de bar bij de "
             "voetbalclub, ik ben taalmaatje.", ("vrijwilligerswerk", "algemeen")),
    Question("zorg", "Zorg je voor iemand?", "Bijvoorbeeld: ik help mijn moeder met wassen en aankleden, ik regel de "
             "afspraken van mijn broer.", ("mantelzorg", "zorg")),
    Question("thuis", "Wat doe je thuis voor je gezin?", "Bijvoorbeeld: ik plan de week voor mijn gezin, ik help "
             "de kinderen met huiswerk.", ("gezin",)),
)  # fmt: skip
BY_KEY = {question.key: question for question in QUESTIONS}


def next_question(key: str) -> Question | None:
    keys = [question.key for question in QUESTIONS]
    position = keys.index(key) + 1
    return QUESTIONS[position] if position < len(QUESTIONS) else None


def suggestions(question: Question, answer: str) -> list[skill_list.Skill]:
    terms = {term for word in words(answer) for term in (word, stem(word))}
    scored = []
    for skill in skill_list.skills():
        hits = sum(1 for cue in skill.cues if any(term.startswith(cue) for term in terms))
        if hits:
            in_area = bool(set(skill.areas) & set(question.areas))
            scored.append((not in_area, -hits, skill.label, skill))
    if scored:
        return [skill for *_, skill in sorted(scored)[:MOST]]
    return [skill for skill in skill_list.skills() if question.areas[0] in skill.areas][: MOST // 2]
