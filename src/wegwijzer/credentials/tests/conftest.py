import json
from datetime import date
from pathlib import Path

import pytest

from wegwijzer.accounts.models import Role, User
from wegwijzer.skills import services as skills
from wegwijzer.skills.models import Accreditation

SCHEMA = (
    Path(__file__).resolve().parents[5]
    / "shared"
    / "standards"
    / "openbadges-3.0"
    / "achievementcredential.schema.json"
)


@pytest.fixture
def ob3_schema() -> dict:
    if not SCHEMA.exists():
        pytest.skip(f"{SCHEMA} ontbreekt: de test leest het schema uit ../shared naast de repo.")
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture
def confirmed_skill(db):
    """A person with only care experience, whose skill an accredited assessor confirmed."""
    person = User.objects.create_user("mantelzorger", role=Role.DEELNEMER, first_name="Fatma")
    assessor = User.objects.create_user("praktijk", role=Role.AANBIEDER, first_name="Joke")
    Accreditation.objects.create(user=assessor, organisation="Zorgcentrum De Linde (voorbeeld)")
    experience = skills.save_answer(person, "zorg", "Ik geef mijn moeder elke dag haar medicijnen.")
    skill = skills.keep_skills(person, experience, ["medicijnen-geven"])[0]
    skills.confirm(skill, assessor, "observatie", "Zette de medicijnen goed klaar, een week lang.", date(2026, 11, 2))
    return skill
