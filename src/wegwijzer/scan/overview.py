"""What the participant's "Mijn Wegwijzer" page (accounts:mine, through the registry) says about their scan and plan:
the advice of their latest saved scan or a way to start one, and their plan or a way to make one."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wegwijzer.core.registry import OverviewItem

from . import services


def _advice(person) -> OverviewItem:
    scan = person.scans.first()
    if scan is None:
        return OverviewItem(
            _("Mijn advies"),
            _("Je hebt nog geen scan bewaard. Doe de scan: je krijgt meteen advies over werk en leren."),
            reverse("scan:start"),
            _("Begin de scan"),
        )
    if scan.completed_at is None:
        return OverviewItem(
            _("Mijn advies"),
            _("Je scan is nog niet af. Ga verder waar je was."),
            reverse("scan:start"),
            _("Ga verder met je scan"),
        )
    return OverviewItem(
        _("Mijn advies"),
        _("Lees het advies bij je laatste scan nog eens."),
        reverse("scan:result"),
        _("Bekijk je advies"),
    )


def _plan(person) -> OverviewItem:
    if services.current_plan(person) is not None:
        return OverviewItem(
            _("Mijn plan"), _("Bekijk je ontwikkelplan, pas het aan of print het."), reverse("scan:plan"),
            _("Bekijk je plan"),
        )  # fmt: skip
    if person.scans.filter(completed_at__isnull=False).exists():
        return OverviewItem(
            _("Mijn plan"), _("Kies de stappen uit je advies die je wilt zetten."), reverse("scan:plan_edit"),
            _("Maak je plan"),
        )  # fmt: skip
    return OverviewItem(
        _("Mijn plan"), _("Na de scan maak je een plan met de stappen die bij jou passen."), reverse("scan:start"),
        _("Doe eerst de scan"),
    )  # fmt: skip


def overview(person) -> tuple[OverviewItem, ...]:
    return (_advice(person), _plan(person))
