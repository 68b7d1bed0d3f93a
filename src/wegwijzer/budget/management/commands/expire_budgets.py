from django.core.management.base import BaseCommand

from wegwijzer.budget.services import REMINDER_DAYS, expire_due, send_reminders


class Command(BaseCommand):
    help = (
        "Laat ongebruikt ontwikkelbudget verlopen na de einddatum, en mail wie nog geld over heeft een maand voor "
        "de einddatum. Draai dit elke dag, bijvoorbeeld met cron: 30 3 * * * wegwijzer expire_budgets"
    )

    def handle(self, *args, **options):
        expired = expire_due()
        reminded = send_reminders()
        self.stdout.write(
            f"ontwikkelbudget: {expired} verlopen, {reminded} herinnering(en) "
            f"voor budgetten die binnen {REMINDER_DAYS} dagen stoppen"
        )
