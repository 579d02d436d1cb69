from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def news_list(request: HttpRequest) -> HttpResponse:
    # Placeholder until the news pages are built.
    return render(request, "news/news_list.html", {})
