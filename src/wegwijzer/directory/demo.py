"""Demo data: the real national entries (data/national.yaml, each with its source), and two invented municipalities,
Demodam and Voorbeeldstad, with an example entry for every kind of help. Every example is marked is_demo, so the
page says "Voorbeeld"; its phone numbers (000-…) and websites (example.org) lead nowhere on purpose.

The demo municipalities cover no postcodes: every four-digit postcode belongs to a real place, and a person there
must not be sent to an invented address. They are found by name ("Demodam")."""

from pathlib import Path

from .importers import import_mapping, import_yaml
from .models import Service

NATIONAL = Path(__file__).resolve().parent / "data" / "national.yaml"
DEMO_MUNICIPALITIES = ("Demodam", "Voorbeeldstad")

# Per kind of help: the organisation (with {place}), what they do, what to say or bring. Invented, B1.
EXAMPLES = {
    Service.SCHULDHULP: (
        "Geldloket {place}",
        "Samen maak je een overzicht van je geld en je schulden, en een plan om ze op te lossen.",
        "Neem je laatste brieven over schulden en je bankafschriften van 3 maanden mee.",
    ),
    Service.TOESLAGEN: (
        "Formulierenhulp {place}",
        "Een vrijwilliger helpt je een toeslag aan te vragen of een wijziging door te geven.",
        "Neem je DigiD en je laatste loonstrook of uitkeringsbrief mee.",
    ),
    Service.KINDEROPVANG: (
        "Kinderopvangpunt {place}",
        "Je hoort welke opvang er is, ook vroeg in de ochtend of 's avonds.",
        "Zeg op welke dagen en uren je werkt of leert.",
    ),
    Service.WIJKTEAM: (
        "Wijkteam {place}",
        "Eén vaste helper kijkt met je naar al je zorgen tegelijk.",
        "Zeg: ik wil graag een gesprek met het wijkteam. Je hoeft niets mee te nemen.",
    ),
    Service.WERKPLEIN: (
        "Werkplein {place}",
        "De gemeente helpt je met een uitkering en met de weg naar werk.",
        "Neem je identiteitsbewijs en je bankpas mee.",
    ),
    Service.UWV: (
        "UWV-spreekuur {place}",
        "Een adviseur helpt je met je WW en met zoeken naar werk.",
        "Neem je identiteitsbewijs mee en log van tevoren in op Mijn UWV.",
    ),
    Service.LEERWERKLOKET: (
        "Leerwerkloket regio {place}",
        "Je krijgt gratis advies over leren, werk en het laten erkennen van wat je al kunt.",
        "Zeg wat voor werk je nu doet en wat je graag zou willen.",
    ),
    Service.ONTWIKKELADVIES: (
        "Loopbaanadvies {place}",
        "Een loopbaanadviseur praat een paar keer met je over je werk en je toekomst; je betaalt meestal niets.",
        "Vraag of je een ontwikkeladvies met subsidie kunt krijgen.",
    ),
    Service.LOOPBAANCOACH: (
        "Coaches van Regio {place}",
        "Een coach van deze regio kijkt met je mee op Wegwijzer en helpt je met je plan.",
        "Maak een account op Wegwijzer en geef je coach toegang tot je plan.",
    ),
    Service.TAALHUIS: (
        "Taalhuis in de bibliotheek {place}",
        "Je oefent gratis met lezen, schrijven en praten in het Nederlands.",
        "Loop binnen tijdens het spreekuur. Je hoeft niets mee te nemen.",
    ),
    Service.DIGITAAL_HULP: (
        "Digitaal spreekuur bibliotheek {place}",
        "Iemand helpt je met je computer, je telefoon, je DigiD en websites van de overheid.",
        "Neem je telefoon of laptop mee, en de brief waar het over gaat.",
    ),
    Service.JURIDISCH_LOKET: (
        "Rechtswinkel {place}",
        "Vrijwilligers met kennis van het recht geven je gratis advies.",
        "Neem alle brieven en contracten over je vraag mee.",
    ),
    Service.WOONLOKET: (
        "Woonloket {place}",
        "Je krijgt advies over huren, een woning zoeken en problemen met je huis.",
        "Neem je huurcontract mee, als je dat hebt.",
    ),
    Service.HUISARTS: (
        "Huisartsenpraktijk {place}",
        "De huisarts helpt bij zorgen over je gezondheid, ook als die je werk of leren lastig maken.",
        "Bel 's ochtends voor een afspraak. Zeg kort waar het om gaat.",
    ),
    Service.BEDRIJFSARTS: (
        "Arbodienst {place}",
        "De bedrijfsarts kijkt met je naar wat je kunt doen als je gezondheid je werk lastig maakt.",
        "Vraag je werkgever welke arbodienst jouw bedrijf heeft.",
    ),
    Service.MANTELZORG: (
        "Steunpunt Mantelzorg {place}",
        "Als je voor iemand zorgt, helpen zij je met advies en af en toe een vrije dag.",
        "Zeg voor wie je zorgt en hoeveel uur per week.",
    ),
    Service.VRIJWILLIGERSCENTRALE: (
        "Vrijwilligerscentrale {place}",
        "Je vindt vrijwilligerswerk dat bij je past en gratis cursussen.",
        "Zeg wat je graag doet en hoeveel tijd je hebt.",
    ),
    Service.O_EN_O_FONDS: (
        "Opleidingsfonds voor de zorg in {place}",
        "Het fonds van je sector betaalt soms een cursus of opleiding voor je.",
        "Vraag je werkgever of je sector een opleidingsfonds heeft.",
    ),
    Service.WERKGEVER: (
        "Je eigen werkgever in {place}",
        "Je leidinggevende kan met je praten over leren en over tijd om te leren.",
        "Vraag om een gesprek over je ontwikkeling. Zeg wat je graag wilt leren.",
    ),
}


def demo_document() -> dict:
    """The two demo municipalities with an example entry for every kind of help, in the importer's format."""
    entries = []
    for place in DEMO_MUNICIPALITIES:
        for number, (service, (organisation, what, bring)) in enumerate(EXAMPLES.items(), start=1):
            slug = place.casefold()
            entries.append(
                {
                    "key": f"demo-{slug}-{service.value}",
                    "service": service.value,
                    "municipality": place,
                    "organisation": organisation.format(place=place),
                    "what_they_do": what,
                    "address": f"Voorbeeldplein {number}, {place}",
                    "phone": f"000-000 00 {number:02d}",
                    "website": f"https://example.org/{slug}/{service.value}/",
                    "opening_hours": "Maandag tot en met vrijdag, 9.00 tot 17.00 uur",
                    "what_to_bring": bring,
                    "is_demo": True,
                }
            )
    municipalities = [{"name": place, "is_demo": True} for place in DEMO_MUNICIPALITIES]
    return {"municipalities": municipalities, "entries": entries}


def load() -> str:
    report = import_yaml(NATIONAL.read_text(encoding="utf-8"))
    report = import_mapping(demo_document(), report)
    if report.errors:  # the demo's own data: a mistake there is a bug, not something to skip quietly
        raise ValueError("Fout in de demo-hulpadressen: " + " | ".join(report.errors))
    return f"hulpadressen: {report.summary()}"
