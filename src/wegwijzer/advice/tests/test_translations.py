"""The rule texts are Dutch in the Advies (the contract); pages show them in English through Django's i18n."""

import pytest
from django.core.management import call_command
from django.utils import translation

from wegwijzer.advice.management.commands.export_rule_texts import rule_texts


def test_the_generated_list_of_rule_texts_is_current():
    call_command("export_rule_texts", "--check")


@pytest.mark.parametrize("text", rule_texts())
def test_every_rule_text_has_an_english_translation(text):
    with translation.override("en"):
        english = translation.gettext(text)
    assert english and english != text
