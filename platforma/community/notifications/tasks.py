"""Background work of the notifications app. Arguments are ids (JSON); each task loads fresh data."""

from django.tasks import task

from platforma.community.notifications.models import Activity


@task
def fan_out_activity(activity_id: int, *, recipient_ids: list[int], follow_refs: list[list[int]]) -> int:
    from platforma.community.notifications.services import activity_fan_out

    activity = Activity.objects.filter(pk=activity_id).first()
    if activity is None:
        return 0
    return len(activity_fan_out(activity=activity, recipient_ids=recipient_ids, follow_refs=follow_refs))
