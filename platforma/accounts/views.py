from typing import cast

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from platforma.accounts import selectors, services
from platforma.accounts.forms import AccountDeleteForm, ProfileForm
from platforma.accounts.models import User
from platforma.accounts.permissions import is_profile_owner


def _person(request: HttpRequest) -> User:
    """The logged-in person; only for views behind login_required."""
    return cast(User, request.user)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    person = _person(request)
    own_profile = services.profile_get_or_create(user=person)
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=own_profile, user=person)
        if form.is_valid():
            data = form.cleaned_data
            services.profile_update(
                profile=own_profile,
                first_name=data["first_name"],
                last_name=data["last_name"],
                job_title=data["job_title"],
                bio=data["bio"],
                city=data["city"],
                availability=data["availability"],
                visibility=data["visibility"],
                competences=data["competences"],
            )
            messages.success(request, _("Zapisano zmiany w profilu."))
            return redirect("accounts:profile")
    else:
        form = ProfileForm(instance=own_profile, user=person)
    context = {
        "form": form,
        "profile": own_profile,
        "memberships": selectors.user_memberships(user=person),
    }
    return render(request, "accounts/profile_form.html", context)


@require_GET
def public_profile(request: HttpRequest, pk: int) -> HttpResponse:
    visible = selectors.profile_get_visible(viewer=request.user, pk=pk)
    context = {"profile": visible, "is_owner": is_profile_owner(request.user, visible)}
    return render(request, "accounts/profile_detail.html", context)


@login_required
@never_cache
@require_GET
def data_export(request: HttpRequest) -> HttpResponse:
    data = selectors.user_data_export(user=_person(request))
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = 'attachment; filename="platforma-srodowiskowa-moje-dane.json"'
    return response


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    person = _person(request)
    if request.method == "POST":
        form = AccountDeleteForm(request.POST, user=person)
        if form.is_valid():
            try:
                services.user_delete(user=person)
            except services.AccountDeletionBlocked:
                form.add_error(
                    None,
                    _(
                        "Nie można teraz usunąć konta, bo są z nim powiązane dane, których nie wolno usunąć "
                        "automatycznie. Napisz do koordynatora klastra, a usunie je ręcznie."
                    ),
                )
            else:
                logout(request)
                messages.success(request, _("Twoje konto i profil zostały usunięte. Dziękujemy za udział w klastrze."))
                return redirect("portal:home")
    else:
        form = AccountDeleteForm(user=person)
    return render(request, "accounts/account_delete.html", {"form": form})
