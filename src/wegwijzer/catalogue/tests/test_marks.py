"""A rating Dutch readers read at a glance: a mark out of 10 (issue 12), where the form offered '5 4 3 2 1'. Marks
given on the old scale of 1 to 5 become marks out of 10 when the migration runs, and come back when reversed."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wegwijzer.accounts.models import Role, User
from wegwijzer.catalogue.models import Review
from wegwijzer.catalogue.privacy import export_personal_data
from wegwijzer.catalogue.services import moderate_review

BEFORE = [("catalogue", "0011_title_trigrams")]
AFTER = [("catalogue", "0012_marks_out_of_ten")]


@pytest.mark.django_db
def test_the_form_offers_the_marks_1_to_10_in_order_and_shows_a_mark_out_of_10(client, make_offer):
    offer = make_offer()
    client.force_login(User.objects.create_user("cursist"))
    form = client.get(f"/aanbod/{offer.pk}/").content.decode()
    marks = [form.index(f'name="rating" value="{mark}"') for mark in range(1, 11)]
    assert marks == sorted(marks)
    assert "1 is heel slecht, 10 is heel goed." in form

    response = client.post(f"/aanbod/{offer.pk}/ervaring/", {"followed": "on", "rating": "8", "sentence": "Fijn."})
    assert response.status_code == 302
    review = Review.objects.get()
    assert review.rating == 8 and export_personal_data(review.user)["ervaringen"][0]["cijfer"] == 8
    moderate_review(review, User.objects.create_user("beheer", role=Role.BEHEERDER, is_staff=True), approve=True)
    assert "Cijfer: 8 van 10" in client.get(f"/aanbod/{offer.pk}/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("mark", ["0", "11", "tien", ""])
def test_a_mark_outside_1_to_10_is_refused_in_dutch(client, make_offer, mark):
    offer = make_offer()
    client.force_login(User.objects.create_user("cursist"))
    response = client.post(f"/aanbod/{offer.pk}/ervaring/", {"followed": "on", "rating": mark, "sentence": "Fijn."})
    assert response.status_code == 400
    assert "Kies een cijfer van 1 tot en met 10." in response.content.decode()
    assert not Review.objects.exists()


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.usefixtures("latest_migrations_afterwards")
def test_old_ratings_of_1_to_5_become_marks_out_of_10_and_back():
    old_apps = migrate(BEFORE)
    provider = old_apps.get_model("catalogue", "Provider").objects.create(code="cijfers", name="Cijfers")
    offer = old_apps.get_model("catalogue", "Offer").objects.create(
        provider=provider, external_id="cijfer", kind="cursus", theme="digitaal", title="Cursus",
        description="Tekst.", delivery="online", schedule="avond", hours=4, weeks=1, price_cents=0,
        entry_level="geen", certificate="geen",
    )  # fmt: skip
    old_user = old_apps.get_model("accounts", "User")
    for number, stars in enumerate((1, 3, 5)):
        old_apps.get_model("catalogue", "Review").objects.create(
            offer=offer, user=old_user.objects.create(username=f"oud-{number}"), rating=stars, sentence="Zin."
        )

    new_apps = migrate(AFTER)
    assert sorted(new_apps.get_model("catalogue", "Review").objects.values_list("rating", flat=True)) == [2, 6, 10]

    back = migrate(BEFORE)
    assert sorted(back.get_model("catalogue", "Review").objects.values_list("rating", flat=True)) == [1, 3, 5]
