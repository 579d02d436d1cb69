"""The job board: list, detail, publishing and closing offers, offers that fit me, my organisation's offers.
Thin: load through a selector (404 for what the user may not see), check the permission (403 for what
they may not do), validate a form, call one service, respond."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from platforma.core.pagination import paginate
from platforma.organisations.permissions import acting_organisations
from platforma.talent import permissions, selectors, services
from platforma.talent.forms import OfferFilterForm, OfferForm
from platforma.talent.models import Offer

PER_PAGE = 20


@require_GET
def offer_list(request: HttpRequest) -> HttpResponse:
    form = OfferFilterForm(request.GET, cities=selectors.offer_cities_open())
    # A value that does not validate is left out; the others still apply, and the form says what was wrong.
    form.is_valid()
    page = paginate(
        selectors.offer_list_open(filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "form": form,
        "page_obj": page,
        "offers": page.object_list,
        "can_create": permissions.can_create_offer(request.user),
        "section": "list",
    }
    template = "talent/offer_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


@require_GET
def offer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    offer = selectors.offer_get_for_user(user=request.user, pk=pk)
    user = request.user
    manages = permissions.can_manage_applications(user, offer)
    context = {
        "offer": offer,
        "can_edit": permissions.can_edit_offer(user, offer),
        "can_close": permissions.can_close_offer(user, offer),
        "can_apply": permissions.can_apply(user, offer),
        "manages": manages,
        "my_application": selectors.application_live_for(user=user, offer=offer),
        "application_count": selectors.application_list_for_offer(offer=offer).count() if manages else None,
        "matches": selectors.specialists_fitting_offer(viewer=user, offer=offer)
        if permissions.can_see_matching_specialists(user, offer)
        else None,
    }
    return render(request, "talent/offer_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def offer_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_offer(request.user):
        raise PermissionDenied
    organisations = permissions.offer_organisations(request.user)
    form = OfferForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        organisation = form.cleaned_data.get("organisation") or organisations[0]
        try:
            offer = services.offer_create(author=request.user, organisation=organisation, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Opublikowano ofertę. Będzie na liście do końca terminu zgłoszeń."))
            return redirect(offer)
    return render(request, "talent/offer_form.html", {"form": form, "offer": None, "section": "organisation"})


@login_required
@require_http_methods(["GET", "POST"])
def offer_edit(request: HttpRequest, pk: int) -> HttpResponse:
    offer = selectors.offer_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit_offer(request.user, offer):
        raise PermissionDenied
    form = OfferForm(request.POST or None, instance=offer)
    if request.method == "POST" and form.is_valid():
        try:
            offer = services.offer_update(offer=offer, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w ofercie."))
            return redirect(offer)
    return render(request, "talent/offer_form.html", {"form": form, "offer": offer, "section": "organisation"})


@require_POST
def offer_close(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        # After logging in, land on the offer: the POST-only URL would answer 405.
        return redirect_to_login(Offer(pk=pk).get_absolute_url())
    offer = selectors.offer_get_for_user(user=request.user, pk=pk)
    if not permissions.can_close_offer(request.user, offer):
        raise PermissionDenied
    try:
        services.offer_close(offer=offer, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Zamknięto nabór. Oferta zniknęła z listy; aplikacje pozostają dostępne."))
    return redirect(offer)


@login_required
@require_GET
def offers_for_me(request: HttpRequest) -> HttpResponse:
    ranked = selectors.offers_fitting_person(user=request.user)
    page = paginate(ranked, page_param=request.GET.get("page"), per_page=PER_PAGE)  # type: ignore[arg-type]
    return render(
        request, "talent/offers_for_me.html", {"page_obj": page, "ranked": page.object_list, "section": "for_me"}
    )


@login_required
@require_GET
def organisation_offers(request: HttpRequest) -> HttpResponse:
    if not acting_organisations(request.user):
        raise PermissionDenied
    page = paginate(
        selectors.offers_of_organisations(user=request.user), page_param=request.GET.get("page"), per_page=PER_PAGE
    )
    context = {
        "page_obj": page,
        "offers": page.object_list,
        "can_create": permissions.can_create_offer(request.user),
        "section": "organisation",
    }
    return render(request, "talent/organisation_offers.html", context)
