from django.conf import settings
from django.http import HttpRequest


def platform(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    return {
        "is_coordinator": bool(user and user.is_authenticated and getattr(user, "is_coordinator", False)),
        "coordinator_email": settings.COORDINATOR_EMAIL,
    }
