# The payers are data now (0008, 0009): the boolean columns go.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0009_payers_from_columns"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="offer",
            name="pay_own",
        ),
        migrations.RemoveField(
            model_name="offer",
            name="pay_employer",
        ),
        migrations.RemoveField(
            model_name="offer",
            name="pay_fund",
        ),
        migrations.RemoveField(
            model_name="offer",
            name="pay_municipality",
        ),
        migrations.RemoveField(
            model_name="offer",
            name="pay_national",
        ),
    ]
