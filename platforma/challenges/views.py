from django.http import HttpRequest, HttpResponse


def challenge_list(request: HttpRequest) -> HttpResponse:
    # Placeholder until this app's pages are built.
    return HttpResponse("")
