"""The specialist directory: people who chose to be seen, with competences, availability and town.
Each card links to the person's profile page in accounts, which applies the same visibility rules."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from platforma.core.pagination import paginate
from platforma.talent import selectors
from platforma.talent.forms import SpecialistFilterForm

PER_PAGE = 24


@require_GET
def specialist_list(request: HttpRequest) -> HttpResponse:
    form = SpecialistFilterForm(request.GET, cities=selectors.specialist_cities_visible(viewer=request.user))
    form.is_valid()
    page = paginate(
        selectors.specialist_list_visible(viewer=request.user, filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {"form": form, "page_obj": page, "profiles": page.object_list}
    template = "talent/specialist_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)
