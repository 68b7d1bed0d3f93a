"""Deleting an account leaves nothing of the person in the database.

A unique canary string goes into every personal field of every model that hangs off the user (found by walking
the relations, so other apps' models are included as they are added), and into what third-party apps keep
about a login. After delete_account(person), neither `dumpdata` (decrypted values) nor a raw dump of every
table may contain any canary. A model that points at a user but holds no personal data can say so in its app's
plugin: AppPlugin(not_personal={"app_label.Model": "why"}).
"""

import datetime
import io
import secrets
import uuid

import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, models
from django.utils import timezone

from wegwijzer.accounts.fields import EncryptedJSONField, EncryptedTextField
from wegwijzer.accounts.models import Role, User
from wegwijzer.accounts.privacy_hooks import delete_account
from wegwijzer.core.registry import registry

from .conftest import make_user

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, models.BinaryField, models.FileField)
CANARY_PREFIX = "kanarie"


def not_personal() -> set[str]:
    return set(registry.not_personal())


def personal_models() -> list[type[models.Model]]:
    """User, then every model that points at a personal model (breadth first: parents before children)."""
    found, queue, skip = [User], [User], not_personal()
    while queue:
        parent = queue.pop(0)
        for relation in parent._meta.related_objects:
            model = relation.related_model
            if relation.many_to_many or model._meta.auto_created or model in found or model._meta.label in skip:
                continue
            if model._meta.proxy or not model._meta.managed:
                continue
            found.append(model)
            queue.append(model)
    return found


class Planter:
    """Fills every field; text-like fields of personal models get a unique canary, the rest a neutral value."""

    def __init__(self, person: User):
        self.person = person
        self.instances: dict[type, models.Model] = {User: person}
        self.canaries: dict[str, str] = {}

    def canary(self, label: str, max_length: int | None) -> str | None:
        value = f"{CANARY_PREFIX}{secrets.token_hex(6)}"
        if max_length is not None and max_length < len(value):
            if max_length < 6:
                return None  # too short to hold anything personal
            value = secrets.token_hex(max_length)[:max_length].upper()  # hex letters upper, so no clash by chance
        self.canaries[value] = label
        return value

    def text_value(self, field, label: str, personal: bool):
        if isinstance(field, EncryptedJSONField | models.JSONField):
            return {"tekst": self.canary(label, None)} if personal else {}
        if isinstance(field, models.BinaryField):
            return self.canary(label, None).encode() if personal else b""
        if not personal:
            return "x"[: field.max_length or 1]
        if isinstance(field, models.EmailField):
            return f"{self.canary(label, (field.max_length or 254) - 12)}@example.org"
        if isinstance(field, models.URLField):
            return f"https://example.org/{self.canary(label, (field.max_length or 200) - 20)}"
        return self.canary(label, field.max_length)

    def value(self, model, field, personal: bool):
        label = f"{model._meta.label}.{field.name}"
        if field.is_relation:
            target = field.related_model
            if target is ContentType:
                return ContentType.objects.get_for_model(User)
            if target in self.instances:
                return self.instances[target]
            return None if field.null else self.build(target, personal=False)
        if field.choices:
            return field.choices[0][0]
        if isinstance(field, (*TEXT_FIELDS, EncryptedTextField)):
            return self.text_value(field, label, personal)
        return neutral_value(field)

    def build(self, model, personal: bool) -> models.Model:
        values = {}
        for field in model._meta.concrete_fields:
            if field.primary_key and (field.auto_created or isinstance(field, models.AutoField)):
                continue
            value = self.value(model, field, personal)
            if value is not None or not field.null:
                values[field.attname if field.is_relation else field.name] = (
                    value.pk if field.is_relation and isinstance(value, models.Model) else value
                )
        instance = model(**values)
        instance.save()
        if personal:
            self.instances[model] = instance
        return instance

    def fill_user(self):
        for field in User._meta.concrete_fields:
            is_text = isinstance(field, models.CharField | models.TextField) and not field.choices
            if is_text and field.name != "password":
                setattr(self.person, field.name, self.text_value(field, f"accounts.User.{field.name}", True))
        self.person.save()


def neutral_value(field):
    if isinstance(field, models.BooleanField):
        return False
    if isinstance(field, models.DateTimeField):
        return timezone.now()
    if isinstance(field, models.DateField):
        return datetime.date.today()
    if isinstance(field, models.DurationField):
        return datetime.timedelta(minutes=1)
    if isinstance(field, models.UUIDField):
        return uuid.uuid4()
    if isinstance(field, models.GenericIPAddressField):
        return "192.0.2.1"
    if isinstance(field, models.IntegerField | models.FloatField | models.DecimalField):
        return 1
    return None


def plant_third_party(planter: Planter, person: User, admin: User) -> None:
    """What other apps keep about a login without a relation: axes (by username) and admin log entries."""
    from axes.models import AccessAttempt, AccessFailureLog

    agent = planter.canary("axes.user_agent", 255)
    AccessAttempt.objects.create(
        username=person.username,
        ip_address="192.0.2.1",
        user_agent=agent,
        get_data="",
        post_data="",
        failures_since_start=1,
    )
    AccessFailureLog.objects.create(username=person.username, ip_address="192.0.2.1", user_agent=agent)
    LogEntry.objects.create(
        user=admin,
        content_type=ContentType.objects.get_for_model(User),
        object_id=str(person.pk),
        object_repr=planter.canary("admin.LogEntry.object_repr", 200),
        action_flag=ADDITION,
        change_message="[]",
    )


def database_dump() -> str:
    """dumpdata of every app (decrypted values) plus the raw rows of every table (what a backup would hold)."""
    output = io.StringIO()
    call_command("dumpdata", stdout=output, verbosity=0)
    return output.getvalue() + raw_tables()


def raw_tables() -> str:
    """The raw rows of every table: what a copy of the database holds, encrypted fields still encrypted."""
    output = io.StringIO()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # table names from the schema
            for row in cursor.fetchall():
                output.write(repr([bytes(v) if isinstance(v, memoryview) else v for v in row]))
    return output.getvalue()


def leaked(canaries: dict[str, str], dump: str) -> dict[str, str]:
    return {value: where for value, where in canaries.items() if value in dump}


@pytest.mark.django_db
def test_deleting_an_account_leaves_no_trace_of_the_person():
    person = make_user("persoon", Role.DEELNEMER)
    admin = make_user("beheer", Role.BEHEERDER, is_staff=True)
    planter = Planter(person)
    planter.fill_user()
    models_found = personal_models()
    for model in models_found[1:]:
        planter.build(model, personal=True)
    plant_third_party(planter, person, admin)

    assert len(models_found) >= 4, [m._meta.label for m in models_found]
    before = database_dump()
    # Every canary is findable before deletion; otherwise the search below would prove nothing.
    assert leaked(planter.canaries, before) == planter.canaries

    delete_account(person)

    assert leaked(planter.canaries, database_dump()) == {}
    assert User.objects.filter(pk=admin.pk).exists()


@pytest.mark.django_db
def test_the_walk_covers_our_models_and_those_of_other_apps():
    labels = {model._meta.label for model in personal_models()}
    assert {"accounts.Consent", "accounts.AccessLog", "otp_totp.TOTPDevice", "admin.LogEntry"} <= labels
    wegwijzer_apps = {c.label for c in apps.get_app_configs() if c.name.startswith("wegwijzer.")}
    covered = {label.split(".")[0] for label in labels}
    with_user_models = {
        m._meta.app_label
        for m in apps.get_models()
        if m._meta.app_label in wegwijzer_apps and any(f.related_model is User for f in m._meta.fields)
    }
    assert with_user_models <= covered


def session_texts() -> str:
    """Every session's decoded data (the rows themselves are signed, so a raw dump does not show the values)."""
    from django.contrib.sessions.models import Session

    return "".join(repr(session.get_decoded()) for session in Session.objects.all())


@pytest.mark.django_db
def test_deleting_an_account_ends_every_session_of_the_person():
    from django.contrib.auth import SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    person = make_user("persoon", Role.DEELNEMER)
    someone_else = make_user("iemand", Role.DEELNEMER)
    planter = Planter(person)
    for user, count in ((person, 2), (someone_else, 1)):  # the person on a phone and a laptop
        for _ in range(count):
            session = SessionStore()
            session[SESSION_KEY] = str(user.pk)
            session["scan_code"] = planter.canary("sessie.scan_code", None)
            session["scan_private"] = planter.canary("sessie.gevoelige_antwoorden", None)
            session.create()
    others = {value for value in planter.canaries if value in repr(session.load())}
    assert leaked(planter.canaries, session_texts()) == planter.canaries

    delete_account(person)

    assert set(leaked(planter.canaries, session_texts())) == others  # the other person stays logged in


@pytest.mark.django_db
def test_plan_steps_from_sensitive_answers_are_encrypted_and_go_with_the_consent(client):
    """A plan step that only a sensitive answer leads to (help with debts) says what the answer says: a database
    copy never holds it in plain text, and withdrawing the consent in the account leaves no trace of it."""
    from wegwijzer.accounts import services as accounts
    from wegwijzer.accounts.models import Consent
    from wegwijzer.scan.tests.conftest import make_plan

    person = make_user("persoon", Role.DEELNEMER)
    client.force_login(person)
    make_plan(client)  # debts answered with consent; the plan holds the debt step
    debt_step = ("hulp_bij_geldzorgen", "Vraag gratis hulp bij geldzorgen")
    assert debt_step[0] in database_dump()  # stored (decrypted by dumpdata): the search below can find it
    assert not [text for text in debt_step if text in raw_tables()]

    accounts.withdraw_consent(Consent.objects.get(person=person, subject=Consent.Subject.SENSITIVE_ANSWERS))

    assert not [text for text in debt_step if text in database_dump()]
