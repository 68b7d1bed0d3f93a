"""Example stories for the demo, marked as examples ("voorbeeldverhaal"): written for Wegwijzer, not told by real
people. They follow the research's examples of people from the target groups who did start (panteia-2019 §8.4
L1743; the colleague-led training that made a learning culture: L1755-1761)."""

from django.conf import settings

from .models import Story

SOURCE = "panteia-2019 §8.4 L1743"

EXAMPLES = [
    (
        "Mira (34): eerst rust, dan een cursus",
        "Ik ben alleen met twee kinderen. Leren leek me niets voor mij: geen tijd, geen geld. Mijn coach hielp eerst "
        "met de opvang. Daarna deed ik een korte cursus op de avond, online. Nu werk ik drie dagen in een winkel.",
        "alleenstaande_ouder",
        "werk_vinden",
    ),
    (
        "Henk (52): na twintig jaar weer leren",
        "Ik had in twintig jaar geen cursus gedaan. Op het werk kregen we les van een collega, op de nieuwe machine. "
        "Dat was niet eng, want ik kende hem. Nu wil ik zelf ook een diploma halen.",
        "laagopgeleid_vast",
        "zelfde_werk_beter",
    ),
    (
        "Samira (27): van uitzendwerk naar een vast contract",
        "Ik werkte steeds kort via een uitzendbureau. Ik wilde zekerheid. Ik koos een opleiding tot "
        "doktersassistent, met les op één dag per week. Het was zwaar, maar het lukte.",
        "flex_tegen_wil_en_dank",
        "zekerheid",
    ),
    (
        "Kees (59): mijn hobby werd mijn werk",
        "Mijn baan ging verdwijnen. Ik knutsel al jaren aan fietsen. Een coach vroeg: waar word je blij van? Nu "
        "repareer ik fietsen bij een werkplaats, na een korte cursus.",
        "oudere_werknemer",
        "ander_werk",
    ),
    (
        "Anouk (41): één klein stapje",
        "Ik dacht: school is niks voor mij. Mijn eerste stap was een gesprek bij het leerwerkloket. Dat was alles. "
        "Daarna volgde de rest vanzelf.",
        "",
        "",
    ),
]


def load() -> str:
    if not settings.WEGWIJZER_DEMO:
        return "overgeslagen: geen demomodus"
    for title, text, group, goal in EXAMPLES:
        Story.objects.update_or_create(
            title=title,
            defaults={
                "text": text,
                "target_group": group,
                "goal": goal,
                "is_example": True,
                "source": SOURCE,
                "published": True,
            },
        )
    return f"{len(EXAMPLES)} voorbeeldverhalen"
