"""The coordinator's review of news, under /panel/aktualnosci/: approve (publish) or return with a note."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.community.news import permissions, selectors, services
from platforma.community.news.forms import ReturnForm
from platforma.community.news.models import News, NewsStatus
from platforma.core.pagination import paginate

PER_PAGE = 50


def coordinator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not permissions.can_review(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@coordinator_required
def review_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    status = status if status in NewsStatus.values else NewsStatus.SUBMITTED
    page = paginate(
        selectors.news_list_for_review(status=status), page_param=request.GET.get("page"), per_page=PER_PAGE
    )
    context = {
        "page_obj": page,
        "news_items": page.object_list,
        "status": status,
        "statuses": NewsStatus.choices,
        "NewsStatus": NewsStatus,
    }
    return render(request, "news/panel/review_list.html", context)


def _render_review(request: HttpRequest, news: News, *, return_form: ReturnForm | None = None) -> HttpResponse:
    context = {
        "news": news,
        "NewsStatus": NewsStatus,
        "can_publish": permissions.can_publish(request.user, news),
        "can_return": permissions.can_review(request.user, news),
        "can_unpublish": permissions.can_unpublish(request.user, news),
        "return_form": return_form or ReturnForm(),
    }
    return render(request, "news/panel/review_detail.html", context)


@coordinator_required
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_review(request, selectors.news_get_for_review(pk=pk))


@require_POST
@coordinator_required
def review_publish(request: HttpRequest, pk: int) -> HttpResponse:
    news = selectors.news_get_for_review(pk=pk)
    if not permissions.can_publish(request.user, news):
        raise PermissionDenied
    try:
        services.news_publish(news=news, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("news_panel:detail", pk=news.pk)
    messages.success(request, _("Opublikowano aktualność „%(title)s”.") % {"title": news.title})
    return redirect(news)


@require_POST
@coordinator_required
def review_return(request: HttpRequest, pk: int) -> HttpResponse:
    news = selectors.news_get_for_review(pk=pk)
    if not permissions.can_review(request.user, news):
        raise PermissionDenied
    form = ReturnForm(request.POST)
    if form.is_valid():
        try:
            services.news_return(news=news, by=request.user, note=form.cleaned_data["note"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zwrócono aktualność „%(title)s” do poprawy.") % {"title": news.title})
            return redirect("news_panel:list")
    return _render_review(request, news, return_form=form)
