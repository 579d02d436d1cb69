from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "platforma.core"
    label = "core"

    def hourly_jobs(self) -> list:
        """Run by notifications' `run_scheduler` every hour: queue the removal of private files left without a
        record (each file is removed only a day after it was written, so hourly runs are cheap and safe)."""
        from platforma.core.tasks import schedule

        return [schedule]
