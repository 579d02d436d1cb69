from django.http import HttpRequest, HttpResponse


def organisation_list(request: HttpRequest) -> HttpResponse:
    # Placeholder until this app's pages are built.
    return HttpResponse("")
