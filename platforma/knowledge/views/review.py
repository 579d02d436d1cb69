"""Moving an article through review: the authors submit or withdraw, the coordinator publishes or returns."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.core.pagination import paginate
from platforma.knowledge import permissions, selectors, services
from platforma.knowledge.forms import ReviewForm
from platforma.knowledge.views.articles import PER_PAGE, _detail_context


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _login_then_detail(pk: int) -> HttpResponse:
    # After logging in, land on the article: the POST-only action URL would answer 405.
    return redirect_to_login(reverse("knowledge:permalink", kwargs={"pk": pk}))


def review_queue(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_review(request.user):
        raise PermissionDenied
    page = paginate(selectors.article_list_in_review(), page_param=request.GET.get("page"), per_page=PER_PAGE)
    return render(request, "knowledge/review_queue.html", {"page_obj": page, "articles": page.object_list})


def _simple_transition(
    request: HttpRequest,
    pk: int,
    *,
    allowed: Callable[[Any, Any], bool],
    change: Callable[..., Any],
    success: str,
) -> HttpResponse:
    """A POST that moves an article one step without a form: check, call the service, say how it went."""
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    if not allowed(request.user, article):
        raise PermissionDenied
    try:
        change(article=article, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, success)
    return redirect(article)


@require_POST
def article_submit(request: HttpRequest, pk: int) -> HttpResponse:
    return _simple_transition(
        request,
        pk,
        allowed=permissions.can_submit,
        change=services.article_submit,
        success=_("Artykuł przekazano do recenzji. Koordynator klastra dostał wiadomość."),
    )


@require_POST
def article_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    return _simple_transition(
        request,
        pk,
        allowed=permissions.can_withdraw_submission,
        change=services.article_withdraw_submission,
        success=_("Wycofano artykuł z recenzji. Znów jest szkicem, który możesz zmieniać."),
    )


@require_POST
def article_review(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    if not permissions.can_review(request.user, article):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    if form.is_valid():
        note = form.cleaned_data["note"]
        try:
            if form.cleaned_data["decision"] == ReviewForm.APPROVE:
                services.article_approve(article=article, by=request.user, note=note)
                message = _("Opublikowano artykuł. Autorzy dostali wiadomość.")
            else:
                services.article_return(article=article, by=request.user, note=note)
                message = _("Zwrócono artykuł do poprawy. Autorzy dostali Twoje uwagi e-mailem.")
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, message)
            return redirect(article)
    elif "decision" in form.errors:
        messages.error(request, _("Wybierz: opublikować artykuł czy zwrócić go do poprawy."))
        return redirect(article)
    context = _detail_context(request, article, review_form=form)
    return render(request, "knowledge/article_detail.html", context)


@require_POST
def article_unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    return _simple_transition(
        request,
        pk,
        allowed=permissions.can_unpublish,
        change=services.article_unpublish,
        success=_("Artykuł wrócił do szkiców. Po zmianach przekaż go ponownie do recenzji, aby go opublikować."),
    )
