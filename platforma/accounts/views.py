from django.http import HttpRequest, HttpResponse


def profile(request: HttpRequest) -> HttpResponse:
    # Placeholder until this app's pages are built.
    return HttpResponse("")
