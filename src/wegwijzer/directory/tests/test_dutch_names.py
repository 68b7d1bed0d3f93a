"""Beside a translated advice step, the Dutch name of its service: what the person asks for at the desk."""

import pytest
from django.template import Context, Template
from django.utils import translation

from wegwijzer.directory.models import DUTCH_NAMES, Service

STEP = Template("{% load directory %}{% dutch_name_for_step step %}")


def test_every_kind_of_help_has_a_dutch_name():
    assert set(DUTCH_NAMES) == set(Service) and all(DUTCH_NAMES.values())


@pytest.mark.parametrize("language", ["en", "pl", "tr", "ar"])
def test_a_step_on_a_page_in_another_language_names_its_service_in_dutch(language):
    with translation.override(language):
        shown = STEP.render(Context({"step": {"code": "schulden", "service": "schuldhulp"}}))
        label = translation.gettext("In het Nederlands:")
    direction = ' dir="ltr"' if language == "ar" else ""  # Dutch keeps its direction on a right-to-left page
    assert f'{label} <strong lang="nl"{direction}>schuldhulpverlening</strong>' in shown


@pytest.mark.parametrize("step", [{"code": "schulden", "service": "schuldhulp"}, {"code": "x"}, {"service": "nieuw"}])
def test_no_dutch_name_on_a_dutch_page_or_without_a_known_service(step):
    language = "nl" if step.get("service") == "schuldhulp" else "en"
    with translation.override(language):
        assert STEP.render(Context({"step": step})).strip() == ""
