from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from platforma.search import selectors
from platforma.search.forms import SearchForm
from platforma.search.registry import registry

EXAMPLES = ["rekultywacja hałd", "oczyszczanie ścieków", "zanieczyszczenie gleby metalami", "niska emisja", "Bytom"]


def search(request: HttpRequest) -> HttpResponse:
    """/szukaj/?q=…: the whole page, or with HTMX (typing in the box) only the results and the live status."""
    form = SearchForm(request.GET)
    result = selectors.search_page(
        user=request.user, query=form.query(), params=request.GET, page_param=request.GET.get("page")
    )
    context = {
        "form": form,
        "result": result,
        "page_obj": result.page,
        "examples": EXAMPLES,
        "types": [search_type.label_plural for search_type in registry.types()],
    }
    template = "search/search.html"
    if request.htmx and request.htmx.target == "search-results":
        template += "#live"
    return render(request, template, context)
