"""What core stores: the cache table (its migration) and which daily job ran on which day (``run_periodic``)."""

from django.db import models


class PeriodicRun(models.Model):
    """One daily job enqueued for one day: the unique pair is what makes ``wegwijzer run_periodic`` safe to run
    twice a day, or from two machines at once."""

    name = models.CharField(max_length=100)
    day = models.DateField()
    task_id = models.CharField(max_length=64, blank=True)
    enqueued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["name", "day"], name="periodic_run_once_a_day")]

    def __str__(self) -> str:
        return f"{self.name} {self.day}"
