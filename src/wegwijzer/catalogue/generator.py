"""Realistic synthetic Dutch learning offers for demos and benchmarks, deterministic by seed.

Every offer is consistent with itself: the description says what the fields say (evening, online, exam, who pays),
and prices follow the kind and length. Providers, places and ESCO concepts are plausible, not real listings;
every generated offer has source "generated" and a provider whose code starts with "gen-".
"""

import random
from dataclasses import dataclass

from django.db import transaction

from wegwijzer.skills.models import EscoConcept

from .models import Offer, Provider
from .search.index import index_offers
from .services import starting_payers
from .vocab import Certificate, Delivery, EntryLevel, Kind, Payer, Schedule, Theme

ESCO = "http://data.europa.eu/esco/"
OCC, SKILL = EscoConcept.ConceptType.OCCUPATION, EscoConcept.ConceptType.SKILL

# Theme → (subjects, what you learn (a few ways to say it), ESCO concepts (uri, label, type)). Many subjects per
# theme and varied sentences, so that a specific word (heftruck, excel) is in a few percent of the offers, as in a
# real catalogue, while a theme's own word (zorg, taal) is in about one in ten.
THEMES: dict[str, tuple[list[str], list[str], list[tuple[str, str, str]]]] = {
    Theme.DIGITAAL: (
        ["Werken met de computer", "Je telefoon, e-mail en DigiD", "Word", "Excel", "Veilig internetten",
         "Online solliciteren", "Videobellen en Teams", "Digitale vaardigheden", "Je tablet gebruiken",
         "Foto's en bestanden bewaren", "Online bankieren", "Nepmails herkennen", "Werken in de cloud"],
        ["digitaal werk stap voor stap", "omgaan met apps en websites", "handig en veilig online werken"],
        [(ESCO + "isced-f/0611", "computergebruik", SKILL),
         (ESCO + "skill/258fea29-09db-4918-8235-0d7d529cd31c", "doorzoeken en filteren van digitale gegevens", SKILL)],
    ),
    Theme.TAAL: (
        ["Nederlands oefenen", "Beter schrijven", "Rekenen voor het werk", "Taalcafé", "Lezen en schrijven",
         "Nederlands op de werkvloer", "Spreken met klanten", "Brieven en formulieren", "Engels voor het werk",
         "Voorlezen aan kinderen", "Rekenen met geld", "Werkinstructies begrijpen"],
        ["lezen, schrijven en praten op je eigen niveau", "beter begrijpen wat je leest en hoort",
         "rekenen en taal die je elke dag nodig hebt"],
        [(ESCO + "isced-f/0021", "lezen, schrijven en rekenen", SKILL)],
    ),
    Theme.ZORG: (
        ["Helpende zorg en welzijn", "Thuiszorg", "Omgaan met dementie", "EHBO", "Reanimatie en AED",
         "Medicijnen geven", "Werken in de kinderopvang", "Tillen en verplaatsen", "Mantelzorg en werk",
         "Begeleiden van mensen met een beperking", "Gastouder worden", "Voeding en ouderen", "Wondzorg"],
        ["mensen helpen en verzorgen", "veilig en met aandacht werken met cliënten", "luisteren, helpen en verzorgen"],
        [(ESCO + "occupation/85482504-c83d-4038-80d9-265198d18b48", "helpende thuiszorg", OCC),
         (ESCO + "isced-f/0921", "zorg voor bejaarden en gehandicapte volwassenen", SKILL)],
    ),
    Theme.TECHNIEK: (
        ["Monteur zonnepanelen", "VCA basisveiligheid", "Elektrotechniek", "Warmtepomp installeren", "Lassen",
         "Elektrische installaties", "Installatietechniek", "Fietstechniek", "Autotechniek", "Metaalbewerking",
         "CNC-frezen", "Onderhoud van machines", "Laadpalen aanleggen"],
        ["technisch werk met je handen", "veilig werken volgens de regels", "met gereedschap en machines werken"],
        [(ESCO + "occupation/75b63949-1b93-4bf2-a777-ccf978dc3e8a", "monteur zonnepanelen", OCC),
         (ESCO + "occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b", "lasser", OCC),
         (ESCO + "isced-f/1022", "gezondheid en veiligheid op het werk", SKILL)],
    ),
    Theme.LOGISTIEK: (
        ["Heftruckcertificaat", "Orderpicken", "Reachtruck rijden", "Code 95 nascholing", "Magazijnwerk",
         "Pakketbezorging", "Voorraadbeheer", "Laden en lossen", "Rijbewijs C", "Planning in de logistiek",
         "Werken met een scanner", "Gevaarlijke stoffen vervoeren"],
        ["vlot en veilig werken in de logistiek", "goederen ontvangen, opslaan en versturen",
         "werken in een team dat spullen op tijd op de juiste plek brengt"],
        [(ESCO + "occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f", "magazijnmedewerker", OCC),
         (ESCO + "occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb", "orderpicker", OCC),
         (ESCO + "occupation/45037d43-a8f5-4f46-b332-b2935bc305f4", "vrachtwagenchauffeur", OCC)],
    ),
    Theme.BOUW: (
        ["Metselen", "Timmeren", "Schilderwerk", "Werken op hoogte", "Tegelzetten", "Stukadoren", "Dakdekken",
         "Isoleren van woningen", "Grondwerk", "Bestraten", "Sloopwerk", "Kozijnen plaatsen"],
        ["bouwen en klussen met echt gereedschap", "werken op een echte bouwplaats", "netjes en veilig bouwen"],
        [(ESCO + "occupation/05f321f8-055b-407d-bf19-e0ddabda56b7", "metselaar", OCC),
         (ESCO + "occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4", "timmerman", OCC),
         (ESCO + "occupation/15620506-fb5d-49cd-87a2-1c9047fb406a", "schilder bouw", OCC)],
    ),
    Theme.ADMINISTRATIE: (
        ["Boekhouden", "Administratie", "Klantcontact aan de telefoon", "Werken aan de receptie",
         "Salarisadministratie", "Facturen maken", "Archiveren", "Notuleren", "Secretariaat", "Debiteurenbeheer",
         "Kassa en kasboek"],
        ["werken op kantoor", "orde houden in papieren en cijfers", "mensen te woord staan en zaken regelen"],
        [(ESCO + "occupation/044d78cc-f62f-4532-83a5-8e04f2889652", "administratief medewerker", OCC),
         (ESCO + "occupation/c3aae59e-1441-4b3e-bdd1-6da50dc7cf42", "boekhouder", OCC),
         (ESCO + "skill/906211b3-afed-4a2b-b5e1-33f2885fee85", "uitvoeren van algemene administratieve taken", SKILL)],
    ),
    Theme.HORECA: (
        ["Koken", "Hygiëne in de keuken", "Schoonmaken", "Sociale hygiëne", "Barista", "Bediening",
         "Broodjes en lunch", "Allergenen", "Vis en vlees bereiden", "Gastvrijheid", "Afwassen en spoelkeuken",
         "Glazenwassen"],
        ["gastvrij werken", "koken en schoonmaken volgens de regels", "gasten ontvangen en goed helpen"],
        [(ESCO + "occupation/90f75f67-495d-49fa-ab57-2f320e251d7e", "kok", OCC),
         (ESCO + "occupation/303a1e34-cb16-4054-b323-81e5eec17397", "schoonmaker gebouwen", OCC),
         (ESCO + "skill/2bf2c727-ee42-4fc5-a4d7-2cd62b880433", "schoonmaken", SKILL)],
    ),
    Theme.HANDEL: (
        ["Klantvriendelijk verkopen", "Kassawerk", "Winkelmedewerker", "Vakkenvullen", "Etaleren",
         "Verkopen aan de telefoon", "Klachten aanpakken", "Webwinkel beginnen", "Versafdeling", "Bloemschikken",
         "Productkennis"],
        ["klanten helpen en verkopen", "werken in een winkel", "vriendelijk en vlot met klanten omgaan"],
        [(ESCO + "occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2", "winkelmedewerker", OCC),
         (ESCO + "occupation/2b871272-bd61-4206-bd1a-0b96d7023098", "kassamedewerker", OCC),
         (ESCO + "skill/a19c5139-1250-4a60-9c31-a3243cca06cc", "communiceren met collega's en klanten", SKILL)],
    ),
    Theme.ONDERNEMEN: (
        ["Starten als zzp'er", "Je administratie als zzp'er", "Offertes maken", "Onderhandelen", "Netwerken",
         "Social media voor je bedrijf", "Belastingaangifte", "Een ondernemingsplan", "Prijzen bepalen",
         "Verzekeringen voor zelfstandigen", "Acquisitie"],
        ["ondernemen", "klanten vinden en je bedrijf op orde houden", "werken voor jezelf"],
        [(ESCO + "skill/193af349-b20e-4277-94bf-b184e92b8d6a", "beheren van begrotingen en financiën", SKILL)],
    ),
    Theme.PERSOONLIJK: (
        ["Ontdek wat je kunt", "Solliciteren", "Je ervaring zichtbaar maken", "Omgaan met stress",
         "Loopbaangesprek", "Sollicitatiegesprek oefenen", "Je cv maken", "Plannen en organiseren",
         "Samenwerken", "Feedback geven", "Weerbaarheid", "Gezond werken"],
        ["ontdekken wat je al kunt en wat je wilt", "sterker staan in je werk",
         "verder komen, samen met mensen in dezelfde situatie"],
        [],
    ),
}  # fmt: skip
TITLES = ["{}", "{}", "{} voor beginners", "Basiscursus {}", "{} in de praktijk", "{}: opfriscursus",
          "{} voor gevorderden", "Aan de slag: {}"]  # fmt: skip
PRACTICE = ["Je oefent met situaties uit je eigen werk.", "Je leert met korte filmpjes.",
            "Je werkt aan echte opdrachten.", "Je leert van en met de andere deelnemers.",
            "Een ervaren vakkracht doet het eerst voor.",
            "Je krijgt veel tijd om zelf te oefenen.", "Je leert met opdrachten die passen bij jouw werk."]  # fmt: skip
LANGUAGE_SUPPORT = ["Je krijgt hulp als Nederlands niet je eerste taal is.",
                    "Er is extra uitleg bij moeilijke woorden.", "De docent helpt je met de taal.",
                    "Er is een taalcoach bij de lessen."]  # fmt: skip

# City → (postcode, province code).
CITIES = {
    "Groningen": ("9711", "groningen"), "Assen": ("9401", "drenthe"), "Emmen": ("7811", "drenthe"),
    "Leeuwarden": ("8911", "friesland"), "Sneek": ("8601", "friesland"), "Zwolle": ("8011", "overijssel"),
    "Enschede": ("7511", "overijssel"), "Almere": ("1315", "flevoland"), "Lelystad": ("8232", "flevoland"),
    "Arnhem": ("6811", "gelderland"), "Nijmegen": ("6511", "gelderland"), "Apeldoorn": ("7311", "gelderland"),
    "Utrecht": ("3511", "utrecht"), "Amersfoort": ("3811", "utrecht"), "Amsterdam": ("1012", "noord_holland"),
    "Haarlem": ("2011", "noord_holland"), "Zaandam": ("1506", "noord_holland"), "Rotterdam": ("3011", "zuid_holland"),
    "Den Haag": ("2511", "zuid_holland"), "Leiden": ("2311", "zuid_holland"), "Dordrecht": ("3311", "zuid_holland"),
    "Middelburg": ("4331", "zeeland"), "Goes": ("4461", "zeeland"), "Eindhoven": ("5611", "noord_brabant"),
    "Tilburg": ("5038", "noord_brabant"), "Breda": ("4811", "noord_brabant"), "Maastricht": ("6211", "limburg"),
    "Venlo": ("5911", "limburg"), "Heerlen": ("6411", "limburg"),
}  # fmt: skip
PROVIDER_KINDS = ["ROC", "Bibliotheek", "Leerwerkloket", "Opleidingscentrum", "Vakschool", "Taalhuis",
                  "Vrijwilligersacademie", "Werkplaats"]  # fmt: skip
ONLINE_PROVIDERS = ["Digitaal Leerplein", "Leren Thuis Academie", "KortLeren Online", "Stap voor Stap E-learning"]

# Kind → (weight, hours range, weeks range, typical certificates)
KINDS = {
    Kind.CURSUS: (30, (4, 60), (1, 12), [Certificate.CERTIFICAAT, Certificate.PRAKTIJKVERKLARING, Certificate.BADGE,
                                         Certificate.GEEN]),
    Kind.TRAINING: (15, (8, 40), (1, 6), [Certificate.CERTIFICAAT, Certificate.PRAKTIJKVERKLARING]),
    Kind.E_LEARNING: (15, (2, 20), (1, 8), [Certificate.BADGE, Certificate.CERTIFICAAT, Certificate.GEEN]),
    Kind.MICROLEARNING: (12, (1, 4), (1, 1), [Certificate.BADGE, Certificate.GEEN]),
    Kind.OPLEIDING: (8, (200, 1600), (20, 104), [Certificate.DIPLOMA]),
    Kind.WERKPLEKLEREN: (10, (40, 400), (4, 40), [Certificate.PRAKTIJKVERKLARING, Certificate.DEELCERTIFICAAT]),
    Kind.VRIJWILLIGERSCURSUS: (10, (3, 16), (1, 4), [Certificate.CERTIFICAAT, Certificate.PRAKTIJKVERKLARING]),
}  # fmt: skip

SCHEDULE_TEXT = {
    Schedule.AVOND: "De lessen zijn 's avonds, van 19.00 tot 21.30 uur.",
    Schedule.OVERDAG: "De lessen zijn overdag, onder werktijd.",
    Schedule.WEEKEND: "De lessen zijn op zaterdag.",
    Schedule.EIGEN_TEMPO: "Je leert wanneer het jou uitkomt, in je eigen tempo.",
}
DELIVERY_TEXT = {
    Delivery.ONLINE: "Je leert online, op je telefoon, tablet of laptop.",
    Delivery.KLASSIKAAL: "Je leert in een kleine groep, met een docent erbij.",
    Delivery.BLENDED: "Je leert deels online en deels in de les.",
    Delivery.PRAKTIJK: "Je leert in de praktijk, door het te doen.",
}


@dataclass
class GeneratedBatch:
    created: int
    existing: int


def _weighted(rng: random.Random, table: dict):
    keys = list(table)
    return rng.choices(keys, weights=[table[key][0] for key in keys])[0]


def _providers(rng: random.Random) -> list[tuple[str, str, str | None]]:
    """(code, name, city or None for online providers)."""
    providers = [(f"gen-{name.lower().replace(' ', '-')}", name, None) for name in ONLINE_PROVIDERS]
    for city in CITIES:
        for kind in rng.sample(PROVIDER_KINDS, 3):
            name = f"{kind} {city}"
            providers.append((f"gen-{name.lower().replace(' ', '-')}", name, city))
    return providers


def offer_data(rng: random.Random, provider: tuple[str, str, str | None]) -> dict:
    """One offer's fields (and ESCO concepts), drawn consistently."""
    kind = _weighted(rng, KINDS)
    _weight, (low_hours, high_hours), (low_weeks, high_weeks), certificates = KINDS[kind]
    theme = rng.choice(list(THEMES))
    bases, learns, concepts = THEMES[theme]
    _code, provider_name, city = provider
    online = city is None or kind in (Kind.E_LEARNING, Kind.MICROLEARNING)
    if online:
        delivery = Delivery.ONLINE
    elif kind == Kind.WERKPLEKLEREN:
        delivery = Delivery.PRAKTIJK
    else:
        delivery = rng.choice([Delivery.KLASSIKAAL, Delivery.KLASSIKAAL, Delivery.BLENDED, Delivery.PRAKTIJK])
    if online and rng.random() < 0.6:
        schedule = Schedule.EIGEN_TEMPO
    else:
        schedule = rng.choices(list(Schedule), weights=[35, 35, 10, 5 if not online else 20])[0]
    hours = rng.randint(low_hours, high_hours)
    weeks = max(1, min(high_weeks, rng.randint(low_weeks, high_weeks), hours))
    free = (
        kind == Kind.VRIJWILLIGERSCURSUS or provider_name.startswith(("Bibliotheek", "Taalhuis")) or rng.random() < 0.1
    )
    price_cents = 0 if free else round(rng.uniform(12, 35) * hours + rng.choice([0, 50, 95]), -1) * 100
    payers = {Payer.EIGEN_GELD} if not free else set()
    for payer, chance in (
        (Payer.WERKGEVER, 0.4),
        (Payer.OO_FONDS, 0.35),
        (Payer.GEMEENTE, 0.2),
        (Payer.LANDELIJK, 0.15),
    ):
        if not free and rng.random() < chance:
            payers.add(payer)
    exam = kind == Kind.OPLEIDING or (kind in (Kind.CURSUS, Kind.TRAINING) and rng.random() < 0.35)
    certificate = rng.choice(certificates)
    language_support = theme == Theme.TAAL or rng.random() < 0.2
    subject = rng.choice(bases)
    title = rng.choice(TITLES).format(subject)
    if schedule == Schedule.AVOND and rng.random() < 0.5:
        title += " (avondcursus)"
    elif delivery == Delivery.ONLINE and rng.random() < 0.4:
        title += " (online)"
    elif kind == Kind.MICROLEARNING:
        title += ": korte module"
    description = " ".join(
        [
            f"In deze {kind.label.lower()} leer je {rng.choice(learns)}.",
            rng.choice(PRACTICE),
            SCHEDULE_TEXT[schedule],
            DELIVERY_TEXT[delivery],
            "Aan het eind is er een examen." if exam else "Er is geen examen.",
            rng.choice(LANGUAGE_SUPPORT) if language_support else "",
        ]
    ).strip()
    entry = EntryLevel.MBO2 if kind == Kind.OPLEIDING and rng.random() < 0.5 else rng.choice(
        [EntryLevel.GEEN, EntryLevel.GEEN, EntryLevel.BASIS])  # fmt: skip
    postcode, region = (CITIES[city][0] + " " + rng.choice(["AA", "AB", "BC", "CD", "EK", "GL"]), CITIES[city][1]) if (
        city and delivery != Delivery.ONLINE) else ("", "")  # fmt: skip
    return {
        "fields": {
            "kind": kind,
            "theme": theme,
            "title": title,
            "description": description,
            "signup_url": f"https://{_code.removeprefix('gen-')}.example.nl/aanmelden",
            "signup_info": "Meld je aan via de website. Je krijgt binnen een week een belletje voor een kort gesprek.",
            "delivery": delivery,
            "schedule": schedule,
            "hours": hours,
            "weeks": weeks,
            "postcode": postcode,
            "city": city if postcode else "",
            "region": region,
            "price_cents": int(price_cents),
            "entry_level": entry,
            "entry_requirements": "" if entry == EntryLevel.GEEN else "Je kunt een eenvoudige tekst lezen.",
            "nlqf": rng.choice(["1", "2", "3"]) if kind == Kind.OPLEIDING else "",
            "qualification_code": str(rng.randint(25000, 25999)) if kind == Kind.OPLEIDING else "",
            "language": "nl",
            "language_support": language_support,
            "exam": exam,
            "certificate": certificate,
        },
        "payers": sorted(payers),  # codes of models.Payer
        # Half the offers name one ESCO concept, as many real listings name none.
        "concepts": [rng.choice(concepts)] if concepts and rng.random() < 0.5 else [],
    }


def generate(count: int, seed: int = 1, batch_size: int = 5000) -> GeneratedBatch:
    """Create ``count`` offers for this seed; offers that already exist (same seed and number) are left alone."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, deterministic by seed, not secret
    provider_specs = _providers(rng)
    providers = {}
    for code, name, _city in provider_specs:
        providers[code], _ = Provider.objects.get_or_create(code=code, defaults={"name": name})
    concept_ids = {}
    for _bases, _learns, concepts in THEMES.values():
        for uri, label, concept_type in concepts:
            concept, _ = EscoConcept.objects.get_or_create(
                uri=uri, defaults={"label": label, "concept_type": concept_type}
            )
            concept_ids[uri] = concept.pk
    created = 0
    for start in range(0, count, batch_size):
        drawn = []
        for number in range(start, min(count, start + batch_size)):
            spec = rng.choice(provider_specs)
            drawn.append((f"gen-{seed}-{number}", providers[spec[0]], offer_data(rng, spec)))
        created += _write_batch(drawn, concept_ids)
    return GeneratedBatch(created, count - created)


@transaction.atomic
def _write_batch(drawn: list, concept_ids: dict[str, int]) -> int:
    external_ids = [external_id for external_id, _provider, _data in drawn]
    existing = set(
        Offer.objects.filter(external_id__in=external_ids, source=Offer.Source.GENERATED).values_list(
            "external_id", flat=True
        )
    )
    new = [item for item in drawn if item[0] not in existing]
    offers = [
        Offer(provider=provider, external_id=external_id, source=Offer.Source.GENERATED, **data["fields"])
        for external_id, provider, data in new
    ]
    Offer.objects.bulk_create(offers)
    if offers and offers[0].pk is None:  # databases that do not return ids from a bulk insert
        ids = dict(
            Offer.objects.filter(external_id__in=[o.external_id for o in offers]).values_list("external_id", "pk")
        )
        for offer in offers:
            offer.pk = ids[offer.external_id]
    links = [
        Offer.esco_concepts.through(offer_id=offer.pk, escoconcept_id=concept_ids[uri])
        for offer, (_external_id, _provider, data) in zip(offers, new, strict=True)
        for uri, _label, _type in data["concepts"]
    ]
    Offer.esco_concepts.through.objects.bulk_create(links)
    payer_ids = starting_payers()
    Offer.payers.through.objects.bulk_create(
        Offer.payers.through(offer_id=offer.pk, payer_id=payer_ids[code])
        for offer, (_external_id, _provider, data) in zip(offers, new, strict=True)
        for code in data["payers"]
    )
    index_offers([offer.pk for offer in offers])
    return len(offers)
