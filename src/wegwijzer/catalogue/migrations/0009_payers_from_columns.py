"""The five payers the catalogue knew as boolean columns become Payer rows, and each offer's True columns its links.

Reversible: going back sets the columns from the links (0010 puts the columns back first, with their defaults).
"""

from django.db import migrations

# (code, name, order, the column it was); names as the interface showed them (vocab.Payer).
PAYERS = (
    ("eigen_geld", "Je betaalt zelf", 10, "pay_own"),
    ("werkgever", "Werkgever", 20, "pay_employer"),
    ("oo_fonds", "O&O-fonds van een sector", 30, "pay_fund"),
    ("gemeente", "Gemeente", 40, "pay_municipality"),
    ("landelijk", "Landelijke regeling", 50, "pay_national"),
)
BATCH = 5000


def columns_to_links(apps, schema_editor):
    Payer = apps.get_model("catalogue", "Payer")
    Offer = apps.get_model("catalogue", "Offer")
    Link = Offer.payers.through
    for code, name, order, column in PAYERS:
        payer, _ = Payer.objects.get_or_create(code=code, defaults={"name": name, "order": order})
        offer_ids = Offer.objects.filter(**{column: True}).values_list("pk", flat=True).iterator(chunk_size=BATCH)
        batch = []
        for offer_id in offer_ids:
            batch.append(Link(offer_id=offer_id, payer_id=payer.pk))
            if len(batch) == BATCH:
                Link.objects.bulk_create(batch, ignore_conflicts=True)
                batch = []
        Link.objects.bulk_create(batch, ignore_conflicts=True)


def links_to_columns(apps, schema_editor):
    Offer = apps.get_model("catalogue", "Offer")
    for code, _name, _order, column in PAYERS:
        paid = Offer.payers.through.objects.filter(payer__code=code).values("offer_id")
        Offer.objects.update(**{column: False})
        Offer.objects.filter(pk__in=paid).update(**{column: True})


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0008_payers"),
    ]

    operations = [
        migrations.RunPython(columns_to_links, links_to_columns),
    ]
