from django.http import HttpRequest, HttpResponse


def placeholder(request: HttpRequest) -> HttpResponse:
    # Placeholder until this app's pages are built.
    return HttpResponse("")
