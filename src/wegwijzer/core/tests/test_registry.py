"""The registry through which every app plugs in (core/registry.py)."""

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from wegwijzer.core.registry import AccessGrant, AppPlugin, Registry, Retention, registry


def always(viewer, person, what) -> bool:
    return True


def test_an_app_registers_once():
    fresh = Registry()
    fresh.register(AppPlugin(label="proef"))
    with pytest.raises(ImproperlyConfigured, match="proef"):
        fresh.register(AppPlugin(label="proef"))


def test_the_same_rule_from_two_apps_merges_and_a_different_one_is_refused():
    fresh = Registry()
    fresh.register(AppPlugin(label="een", rules={"a:home": "iedereen", "a:gedeeld": "iedereen"}))
    fresh.register(AppPlugin(label="twee", rules={"a:gedeeld": "iedereen"}))
    assert fresh.rules() == {"a:home": "iedereen", "a:gedeeld": "iedereen"}
    fresh.register(AppPlugin(label="drie", rules={"a:home": "beheerder"}))
    with pytest.raises(ImproperlyConfigured, match="a:home"):
        fresh.rules()


def test_apps_with_personal_data_are_deleted_in_order_with_the_account_last():
    fresh = Registry()
    deleted = []
    fresh.register(AppPlugin(label="accounts", delete_personal_data=deleted.append, delete_last=True))
    fresh.register(AppPlugin(label="zonder-gegevens", demo=lambda: None))
    fresh.register(AppPlugin(label="scan", delete_personal_data=deleted.append))
    fresh.register(AppPlugin(label="alleen-delen", shared_data=lambda person, viewer: {}))
    assert [plugin.label for plugin in fresh.privacy_plugins()] == ["scan", "alleen-delen", "accounts"]


def test_grants_are_found_by_role_and_data_category():
    fresh = Registry()
    coach = AccessGrant(role="coach", what=frozenset({"scan", "ontwikkelplan"}), allows=always)
    employer = AccessGrant(role="werkgever", what=frozenset({"ontwikkelplan"}), allows=always)
    fresh.register(AppPlugin(label="coaching", access=(coach,)))
    fresh.register(AppPlugin(label="insight", access=(employer,)))
    assert fresh.grants("coach", "scan") == [coach]
    assert fresh.grants("werkgever", "ontwikkelplan") == [employer]
    assert fresh.grants("werkgever", "scan") == []
    assert fresh.grants("regio", "ontwikkelplan") == []


def test_retention_and_demo_loaders_come_with_their_app():
    fresh = Registry()
    purge = Retention("oude proeven", lambda days: 0)
    fresh.register(AppPlugin(label="proef", retention=(purge,)))
    fresh.register(AppPlugin(label="demo", demo=lambda: "klaar"))
    assert fresh.retention() == [("proef", purge)]
    assert [label for label, _load in fresh.demo_loaders()] == ["demo"]


def test_the_first_profile_provider_that_knows_the_person_answers():
    fresh = Registry()
    assert fresh.current_profile(request=None) is None
    fresh.register(AppPlugin(label="niets", current_profile=lambda request: None))
    fresh.register(AppPlugin(label="scan", current_profile=lambda request: "profiel"))
    assert fresh.current_profile(request=None) == "profiel"


def test_every_installed_wegwijzer_app_registers_a_plugin():
    labels = {config.label for config in apps.get_app_configs() if config.name.startswith("wegwijzer.")}
    assert labels == {plugin.label for plugin in registry}


def test_two_daily_jobs_with_one_name_are_refused():
    from wegwijzer.core.registry import PeriodicJob

    fresh = Registry()
    fresh.register(AppPlugin(label="een", periodic=(PeriodicJob("opruimen", lambda today: ""),)))
    fresh.register(AppPlugin(label="twee", periodic=(PeriodicJob("opruimen", lambda today: ""),)))
    with pytest.raises(ImproperlyConfigured, match="opruimen"):
        fresh.periodic_jobs()


def test_the_daily_jobs_of_the_apps_are_registered():
    assert set(registry.periodic_jobs()) == {
        "bewaartermijnen",
        "ontwikkelbudget verlopen",
        "herinneringen",
        "check-ins",
        "wekelijkse e-mail",
        "leerklimaat per regio",
        "kwartaalcijfers werkgevers en regio's",
    }


@pytest.mark.django_db
def test_group_figures_gather_every_apps_part_without_insight_reading_their_tables():
    import datetime

    from wegwijzer.accounts.models import User

    day = datetime.date(2026, 8, 1)
    figures = registry.group_figures(User.objects.none(), day, day)
    assert {figure.key for figure in figures} == {"stappen_gezet", "stappen_gedaan", "budget_besteed"}
    assert all(figure.people == 0 and figure.amount == 0 for figure in figures)
    assert registry.scan_facts(User.objects.none(), day, day) == []


def test_dated_steps_and_finished_steps_gather_every_apps_part():
    import datetime

    from wegwijzer.core.registry import DatedStep

    day = datetime.date(2026, 12, 10)
    fresh = Registry()
    fresh.register(AppPlugin(label="een", dated_steps=lambda first, last: [DatedStep("p", "a", "A", day, "/")]))
    fresh.register(AppPlugin(label="twee", finished_steps=lambda person: {"a", "b"}))
    fresh.register(AppPlugin(label="drie", finished_steps=lambda person: {"a", "c"}))
    assert [step.key for step in fresh.dated_steps(day, day)] == ["a"]
    assert fresh.finished_steps("p") == 3  # "a", which two apps know, counts once


def test_a_finished_dated_step_reaches_every_app_that_may_own_it():
    told = []
    fresh = Registry()
    fresh.register(AppPlugin(label="een", complete_dated_step=lambda person, key: told.append(("een", key))))
    fresh.register(AppPlugin(label="twee", complete_dated_step=lambda person, key: told.append(("twee", key))))
    fresh.register(AppPlugin(label="drie"))
    fresh.complete_dated_step("p", "coachplan-3")
    assert told == [("een", "coachplan-3"), ("twee", "coachplan-3")]
