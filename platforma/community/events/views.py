from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def events_list(request: HttpRequest) -> HttpResponse:
    # Placeholder until the events pages are built.
    return render(request, "events/events_list.html", {})
