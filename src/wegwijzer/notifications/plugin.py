"""Notifications in the registry (core/registry.py): the person's messages and e-mail choice (export, delete,
retention), the inbox among the account pages, "Mijn berichten" and the steps taken on Mijn Wegwijzer, and the
daily jobs that write reminders, check-ins, notes for a coach and the weekly e-mail."""

from wegwijzer.core.registry import AppPlugin, PeriodicJob, Retention, registry

from . import demo, overview, permissions, privacy, services, urls

registry.register(
    AppPlugin(
        label="notifications",
        demo=demo.load,
        export_personal_data=privacy.export_personal_data,
        delete_personal_data=privacy.delete_personal_data,
        labels=privacy.LABELS,
        retention=(Retention("oude berichten", privacy.delete_old_messages),),
        rules=permissions.RULES,
        account_urls=tuple(urls.account_urlpatterns),
        overview=overview.overview,
        finished_steps=services.finished_steps,
        periodic=(
            PeriodicJob("herinneringen", services.send_reminders),
            PeriodicJob("check-ins", services.send_check_ins),
            PeriodicJob("wekelijkse e-mail", services.send_weekly_digest),
        ),
    )
)
