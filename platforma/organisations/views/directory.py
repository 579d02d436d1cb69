from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from platforma.core.pagination import paginate
from platforma.organisations import permissions, selectors
from platforma.organisations.forms import DirectoryFilterForm
from platforma.organisations.models import ClusterStatus
from platforma.organisations.views._http import HtmxHttpRequest


@require_GET
def organisation_list(request: HtmxHttpRequest) -> HttpResponse:
    organisations = selectors.organisation_list_visible(user=request.user, filters=request.GET)
    page = paginate(organisations, page_param=request.GET.get("page"))
    # Unbound on purpose: a malformed filter is ignored by the selector, not reported as a form error.
    form = DirectoryFilterForm(initial=request.GET.dict(), cities=selectors.directory_cities())
    context = {
        "page_obj": page,
        "organisations": page.object_list,
        "form": form,
        "is_filtered": any(request.GET.get(name) for name in form.fields),
        "can_apply": permissions.can_apply_for_membership(request.user),
    }
    template = "organisations/organisation_list.html"
    if request.htmx and not request.htmx.boosted:
        template += "#results"
    return render(request, template, context)


@require_GET
def organisation_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    organisation = selectors.organisation_get_for_user(user=request.user, slug=slug)
    context = {
        "organisation": organisation,
        "people": selectors.organisation_people_visible(user=request.user, organisation=organisation),
        "can_edit": permissions.can_edit_organisation(request.user, organisation),
        "can_manage_people": permissions.can_manage_people(request.user, organisation),
        "can_decide": permissions.can_decide_membership(request.user),
        "is_own": permissions.can_act_for(request.user, organisation),
        "is_pending": organisation.cluster_status == ClusterStatus.APPLICANT,
        "is_rejected": organisation.cluster_status == ClusterStatus.REJECTED,
    }
    return render(request, "organisations/organisation_detail.html", context)
