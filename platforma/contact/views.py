from django.http import HttpRequest, HttpResponse


def contact_form(request: HttpRequest) -> HttpResponse:
    # Placeholder until this app's pages are built.
    return HttpResponse("")
