import json

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.catalogue.filters import SearchParams
from wegwijzer.catalogue.importers.csv_offers import import_csv
from wegwijzer.catalogue.importers.ooapi import import_ooapi
from wegwijzer.catalogue.models import Offer, Provider
from wegwijzer.catalogue.search.service import search
from wegwijzer.skills.models import EscoConcept

pytestmark = pytest.mark.django_db

HEADER = (
    "provider_code,provider_name,external_id,kind,theme,title,description,delivery,schedule,hours,weeks,"
    "postcode,city,region,price_euros,payers,entry_level,language_support,exam,certificate,esco_uris,esco_labels"
)
GOOD = (
    'roc-a,ROC A,A1,cursus,logistiek,Heftruck rijden,"Je leert veilig heftruck rijden, met oefenen.",klassikaal,avond,'
    '16,2,3511 AA,Utrecht,utrecht,"395,00",eigen_geld|oo_fonds,geen,nee,ja,certificaat,'
    "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f,magazijnmedewerker"
)
GOOD_2 = (
    "roc-a,ROC A,A2,e_learning,digitaal,Excel voor je werk,Korte online lessen over Excel voor op je werk.,online,"
    "eigen_tempo,6,2,,,,0,,geen,ja,nee,badge,,"
)
BAD_HOURS = (
    "roc-a,ROC A,A3,cursus,zorg,EHBO,Je leert eerste hulp bij ongelukken.,klassikaal,overdag,veel,1,,,,50,"
    "eigen_geld,geen,nee,ja,certificaat,,"
)
BAD_KIND = (
    "roc-a,ROC A,A4,webinar,zorg,EHBO,Je leert eerste hulp bij ongelukken.,klassikaal,overdag,8,1,,,,50,"
    "eigen_geld,geen,nee,ja,certificaat,,"
)


def csv_text(*rows):
    return "\n".join([HEADER, *rows]) + "\n"


def test_csv_import_writes_valid_rows_and_reports_bad_ones_with_their_line():
    report = import_csv(csv_text(GOOD, BAD_HOURS, GOOD_2, BAD_KIND))
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    assert len(report.errors) == 2
    assert report.errors[0].startswith("regel 3: hours moet een heel getal zijn")
    assert report.errors[1].startswith("regel 5: kind heeft een onbekende waarde")
    offer = Offer.objects.get(external_id="A1")
    assert (offer.price_cents, offer.payer_codes, offer.exam, offer.region) == (
        39500,
        ["eigen_geld", "oo_fonds"],
        True,
        "utrecht",
    )
    assert [c.label for c in offer.esco_concepts.all()] == ["magazijnmedewerker"]
    assert not Offer.objects.filter(external_id__in=["A3", "A4"]).exists()
    assert search(SearchParams(q="heftruck")).total == 1


def test_csv_reimport_is_idempotent_and_updates_changed_rows():
    import_csv(csv_text(GOOD, GOOD_2))
    again = import_csv(csv_text(GOOD, GOOD_2))
    assert (again.created, again.updated, again.unchanged, again.skipped) == (0, 0, 2, 0)
    changed = import_csv(csv_text(GOOD.replace("Heftruck rijden", "Heftruck rijden voor beginners"), GOOD_2))
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 1)
    assert Offer.objects.count() == 2
    assert Offer.objects.get(external_id="A1").title == "Heftruck rijden voor beginners"
    assert search(SearchParams(q="beginners")).total == 1


def test_csv_without_required_columns_changes_nothing():
    report = import_csv("naam;prijs\nEHBO;50\n")
    assert report.errors == ["De eerste regel mist de kolom(men): external_id, title. Niets ingelezen."]
    assert Offer.objects.count() == 0 and Provider.objects.count() == 0


def test_csv_rejects_a_duplicate_id_and_an_unknown_provider_without_side_effects():
    duplicate = GOOD.replace("Heftruck rijden", "Nog een keer")
    unknown = GOOD_2.replace("roc-a,ROC A", "onbekend,").replace("A2", "B1")
    report = import_csv(csv_text(GOOD, duplicate, unknown))
    assert report.created == 1
    assert "external_id 'A1' staat al eerder" in report.errors[0]
    assert "aanbieder 'onbekend' is onbekend" in report.errors[1]
    assert not Provider.objects.filter(code="onbekend").exists()


def test_csv_semicolons_and_a_bad_esco_uri():
    text = csv_text(GOOD).replace(",", ";").replace(';"395;00"', ";395,00")
    text = text.replace(
        '"Je leert veilig heftruck rijden; met oefenen."', "Je leert veilig heftruck rijden met oefenen."
    )
    assert import_csv(text).created == 1
    bad = GOOD.replace("A1", "A9").replace("http://data.europa.eu/esco/occupation/", "https://example.org/")
    report = import_csv(csv_text(bad))
    assert report.created == 0 and "esco.0.uri heeft niet de goede vorm" in report.errors[0]
    assert not EscoConcept.objects.filter(uri__startswith="https://example.org").exists()


def ooapi_bundle():
    return {
        "courses": [
            {
                "courseId": "c-1",
                "name": [{"language": "nl-NL", "value": "Veilig werken met elektriciteit"}],
                "description": [{"language": "nl-NL", "value": "Je leert veilig werken aan installaties."}],
                "studyLoad": {"studyLoadUnit": "hour", "value": 24},
                "fieldsOfStudy": "0713",
                "teachingLanguage": "nld",
                "level": "secondary vocational education 2",
            }
        ],
        "offerings": [
            {
                "offeringId": "o-1",
                "offeringType": "course",
                "course": "c-1",
                "name": [{"language": "nl-NL", "value": "Veilig werken met elektriciteit (avond)"}],
                "description": [{"language": "nl-NL", "value": "Zes avonden in Zwolle, met veel oefenen."}],
                "teachingLanguage": "nld",
                "modeOfDelivery": ["on campus"],
                "resultExpected": True,
                "startDate": "2025-09-01",
                "endDate": "2025-10-13",
                "priceInformation": [{"costType": "total costs", "amount": "450.00"}, {"costType": "STAP eligible"}],
                "addresses": [{"addressType": "teaching", "postalCode": "8011 AB", "city": "Zwolle"}],
                "ext": {"wegwijzer": {"schedule": "avond", "region": "overijssel", "payers": ["oo_fonds"]}},
            },
            {
                "offeringId": "o-2",
                "offeringType": "course",
                "course": "c-1",
                "name": [{"language": "nl-NL", "value": "Zonder prijs"}],
                "description": [{"language": "nl-NL", "value": "Deze offering heeft geen prijs."}],
                "teachingLanguage": "nld",
                "resultExpected": False,
            },
            "geen object",
        ],
    }


def test_ooapi_import_maps_offerings_and_reports_bad_ones_by_id():
    report = import_ooapi(json.dumps(ooapi_bundle()), "mbo-zwolle", "MBO Zwolle")
    assert report.created == 1
    assert report.errors[0].startswith("offering o-2: ")
    assert "priceInformation (costType 'total costs') ontbreekt" in report.errors[0]
    assert report.errors[1] == "offering 3: is geen object."
    offer = Offer.objects.get(external_id="o-1")
    assert (offer.kind, offer.theme, offer.hours, offer.weeks, offer.schedule) == ("cursus", "techniek", 24, 6, "avond")
    assert offer.payer_codes == ["eigen_geld", "oo_fonds", "landelijk"]
    assert (offer.price_cents, offer.exam, offer.delivery, offer.postcode) == (45000, True, "klassikaal", "8011 AB")


def test_ooapi_reimport_is_idempotent(tmp_path, capsys):
    path = tmp_path / "aanbod.json"
    path.write_text(json.dumps(ooapi_bundle()), encoding="utf-8")
    call_command("import_offers", str(path), aanbieder="mbo-zwolle", naam="MBO Zwolle")
    call_command("import_offers", str(path), aanbieder="mbo-zwolle")
    output = capsys.readouterr()
    assert "0 nieuw, 0 bijgewerkt, 1 ongewijzigd, 2 overgeslagen." in output.out
    assert "offering o-2" in output.err
    assert Offer.objects.count() == 1


def test_ooapi_without_offerings_or_provider_changes_nothing():
    assert import_ooapi(json.dumps({"foo": 1}), "x", "X").errors == [
        "Geen 'offerings' of 'items' gevonden. Niets ingelezen."
    ]
    assert "onbekend" in import_ooapi(json.dumps(ooapi_bundle()), "nieuw").errors[0]
    assert Provider.objects.count() == 0 and Offer.objects.count() == 0


def test_import_command_reports_a_file_that_is_not_json(tmp_path, capsys):
    path = tmp_path / "kapot.json"
    path.write_text("{kapot", encoding="utf-8")
    call_command("import_offers", str(path), aanbieder="x")
    output = capsys.readouterr()
    assert output.err.strip() == "Geen geldige JSON (regel 1, kolom 2). Niets ingelezen."
    assert output.out.strip() == "0 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen."


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# Values the database cannot store, each in one row among good ones: the row is reported and skipped, the rest is
# written, and the summary is printed (before: a traceback, half an import, no summary).
@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        (GOOD_2.replace("roc-a,ROC A", "r" * 81 + ",ROC A"), "provider_code is te lang: hoogstens 80 tekens."),
        (GOOD_2.replace("roc-a,ROC A", "roc-b,ROC B"), None),  # a control: a good row with a new provider
        (GOOD_2.replace("roc-a,ROC A", "roc-b," + "B" * 201), "provider_name is te lang: hoogstens 200 tekens."),
        (GOOD_2.replace("roc-a,ROC A", "roc\x00b,ROC B"), "provider_code bevat een onzichtbaar teken (NUL)"),
        (GOOD_2.replace("Excel voor je werk", "Excel\x00"), "title bevat een onzichtbaar teken (NUL)"),
        (GOOD.replace(",magazijnmedewerker", ",magazijn\x00medewerker"), "esco.0.label bevat een onzichtbaar teken"),
        (GOOD_2.replace("Korte online lessen", "x" * 200_000), "description is te lang: hoogstens 5000 tekens."),
    ],
)
def test_a_row_the_database_cannot_store_is_reported_and_skipped(tmp_path, capsys, bad_row, message):
    bad_row = bad_row.replace("A1,", "A9,").replace("A2,", "A9,")
    call_command("import_offers", write(tmp_path, "aanbod.csv", csv_text(GOOD, bad_row, GOOD_2)))
    output = capsys.readouterr()
    if message is None:
        assert output.out.strip() == "3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen."
        return
    assert output.err.startswith("regel 3: ") and message in output.err
    assert output.out.strip() == "2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen."
    assert sorted(Offer.objects.values_list("external_id", flat=True)) == ["A1", "A2"]


def test_a_carriage_return_in_a_value_does_not_stop_the_import():
    # The command reads files with universal newlines; text given to the importer itself (the registry's run) may
    # still hold a lone CR, which made the csv module stop with an error.
    old_mac_line = GOOD_2.replace("Excel voor je werk", "Excel\rvoor je werk").replace("A2,", "A9,")
    report = import_csv(csv_text(GOOD, old_mac_line, GOOD_2))
    assert (report.created, report.skipped) == (2, 2)
    assert report.errors[0].startswith("regel 3: ")


def test_import_writes_in_bulk_with_a_few_queries_per_batch_not_per_row():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    rows = [GOOD.replace("A1,", f"A{number},") for number in range(300)]
    with CaptureQueriesContext(connection) as queries:
        report = import_csv(csv_text(*rows))
    assert report.created == 300
    assert len(queries) < 40, len(queries)
    assert search(SearchParams(q="heftruck")).total == 300
    with CaptureQueriesContext(connection) as queries:
        again = import_csv(csv_text(*rows))
    assert (again.created, again.unchanged) == (0, 300) and len(queries) < 20


def test_reimport_updates_changed_concepts_in_bulk():
    import_csv(csv_text(GOOD, GOOD_2))
    other = "http://data.europa.eu/esco/skill/abc|http://data.europa.eu/esco/skill/def,heftruck|veiligheid"
    changed = GOOD.replace(
        "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f,magazijnmedewerker", other
    )
    report = import_csv(csv_text(changed, GOOD_2))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    offer = Offer.objects.get(external_id="A1")
    assert sorted(c.label for c in offer.esco_concepts.all()) == ["heftruck", "veiligheid"]
    assert search(SearchParams(q="veiligheid")).total == 1


@pytest.mark.parametrize(
    ("name", "formaat", "error"),
    [
        ("aanbod.xml", None, "Aan de extensie '.xml' zie ik niet welk formaat dit is. Kies --formaat csv, ooapi."),
        ("aanbod.csv", "xml", "Onbekend formaat 'xml'. Kies uit: csv, ooapi."),
    ],
)
def test_import_command_refuses_an_unknown_format_in_dutch(tmp_path, name, formaat, error):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError) as caught:
        call_command("import_offers", write(tmp_path, name, csv_text(GOOD)), formaat=formaat)
    assert str(caught.value) == error
    assert Offer.objects.count() == 0


def test_import_command_chooses_the_importer_from_the_registry(tmp_path):
    from wegwijzer.core.registry import registry

    assert set(registry.importers("offers")) == {"csv", "ooapi"}
    call_command("import_offers", write(tmp_path, "aanbod.txt", json.dumps(ooapi_bundle())), formaat="ooapi",
                 aanbieder="mbo-zwolle", naam="MBO Zwolle")  # fmt: skip
    assert Offer.objects.get().external_id == "o-1"


def offering(**changes):
    good = ooapi_bundle()["offerings"][0]
    return {**good, "course": ooapi_bundle()["courses"][0], **changes}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"ext": []}, "ext moet een object zijn"),
        ({"ext": {"wegwijzer": "avond"}}, "ext.wegwijzer moet een object zijn"),
        ({"ext": {"wegwijzer": {"payers": 5}}}, "payers moet een lijst zijn"),
        ({"ext": {"wegwijzer": {"esco": [{"uri": 1}]}}}, "esco.0.uri moet tekst zijn"),
        ({"course": ["c-1"]}, "course of program moet een object zijn"),
        ({"studyLoad": 24}, "studyLoad moet een object zijn"),
        ({"studyLoad": {"studyLoadUnit": ["hour"], "value": 24}, "course": "c-9"}, "studyLoad ontbreekt"),
        ({"modeOfDelivery": "online"}, "modeOfDelivery moet een lijst zijn"),
        ({"modeOfDelivery": [{"a": 1}]}, "modeOfDelivery heeft een onbekende waarde"),
        ({"offeringType": ["course"]}, "offeringType heeft een onbekende waarde"),
        ({"teachingLanguage": {"nl": 1}}, "teachingLanguage heeft een onbekende waarde"),
        ({"priceInformation": {"amount": 5}}, "priceInformation moet een lijst zijn"),
        ({"addresses": "Zwolle"}, "addresses moet een lijst zijn"),
        ({"name": "Veilig werken"}, "name moet een lijst zijn"),
        ({"offeringId": 7}, "offeringId moet tekst zijn"),
    ],
)
def test_ooapi_values_of_the_wrong_json_type_get_a_dutch_message(tmp_path, capsys, changes, message):
    path = write(tmp_path, "aanbod.json", json.dumps([offering(**changes), offering(offeringId="o-2")]))
    call_command("import_offers", path, aanbieder="mbo-zwolle", naam="MBO Zwolle")
    output = capsys.readouterr()
    assert output.err.startswith("offering ") and message in output.err
    assert output.out.strip() == "1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen."


def test_ooapi_with_wrong_types_at_the_top_or_too_deep_nesting_changes_nothing():
    assert import_ooapi(json.dumps({"courses": {}, "offerings": []}), "x", "X").errors == [
        "courses moet een lijst zijn, zoals [...]. Niets ingelezen."
    ]
    assert import_ooapi("[" * 100_000 + "]" * 100_000, "x", "X").errors == [
        "De JSON is te diep genest (te veel haakjes in elkaar). Niets ingelezen."
    ]
    assert "--aanbieder is te lang" in import_ooapi("[]", "x" * 81, "X").errors[0]
    assert Provider.objects.count() == 0


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
OOAPI_KEYS = [*offering(), "ext", "program", "studyLoad", "duration", "primaryCode", "otherCodes", "link"]


@given(changes=st.dictionaries(st.sampled_from(OOAPI_KEYS), JSON, max_size=4), spec=st.dictionaries(
    st.sampled_from(OOAPI_KEYS), JSON, max_size=3))  # fmt: skip
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_ooapi_import_of_any_json_never_raises(changes, spec):
    document = {"courses": [{"courseId": "c-1", **spec}], "offerings": [offering(**{"course": "c-1", **changes})]}
    report = import_ooapi(json.dumps(document), "mbo-zwolle", "MBO Zwolle")
    assert report.created + report.skipped == 1


def test_the_database_limits_come_from_the_models():
    from wegwijzer.catalogue.importers.writer import limit_problems

    assert limit_problems(Offer, {"hours": 2**31, "price_cents": -1, "title": "t" * 201, "city": "a\x00"}) == [
        ("hours", "is een getal dat te groot of te klein is om te bewaren."),
        ("price_euros", "is een getal dat te groot of te klein is om te bewaren."),
        ("title", "is te lang: hoogstens 200 tekens."),
        ("city", "bevat een onzichtbaar teken (NUL) dat niet mag."),
    ]
    assert limit_problems(Offer, {"hours": 2**31 - 1, "title": "t" * 200, "exam": True}) == []
