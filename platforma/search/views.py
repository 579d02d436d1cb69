from django.http import HttpRequest, HttpResponse


def search(request: HttpRequest) -> HttpResponse:
    # Placeholder until the search pages are built.
    return HttpResponse("")
