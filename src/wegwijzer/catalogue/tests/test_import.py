import json

import pytest
from django.core.management import call_command

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
    assert report.errors[1].startswith("regel 5: kind kent deze waarde niet")
    offer = Offer.objects.get(external_id="A1")
    assert (offer.price_cents, offer.payers, offer.exam, offer.region) == (
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
    report = import_ooapi(ooapi_bundle(), "mbo-zwolle", "MBO Zwolle")
    assert report.created == 1
    assert report.errors[0].startswith("offering o-2: ")
    assert "priceInformation (costType 'total costs') ontbreekt" in report.errors[0]
    assert report.errors[1] == "offering 3: is geen object."
    offer = Offer.objects.get(external_id="o-1")
    assert (offer.kind, offer.theme, offer.hours, offer.weeks, offer.schedule) == ("cursus", "techniek", 24, 6, "avond")
    assert offer.payers == ["eigen_geld", "oo_fonds", "landelijk"]
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
    assert import_ooapi({"foo": 1}, "x", "X").errors == [
        "Geen 'offerings' of 'items' gevonden: er is niets om in te lezen."
    ]
    assert "onbekend" in import_ooapi(ooapi_bundle(), "nieuw").errors[0]
    assert Provider.objects.count() == 0 and Offer.objects.count() == 0


def test_import_command_refuses_a_file_that_is_not_json(tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "kapot.json"
    path.write_text("{kapot", encoding="utf-8")
    with pytest.raises(CommandError, match="Geen geldige JSON"):
        call_command("import_offers", str(path), aanbieder="x")
