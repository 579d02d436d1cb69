"""News pages. Thin: load through a selector (404 for what the user may not see), check the permission
(403 for what they may not do), validate a form, call one service, respond."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from platforma.community.news import permissions, selectors, services
from platforma.community.news.forms import NewsFilterForm, NewsForm
from platforma.community.news.models import News, NewsStatus
from platforma.core.pagination import paginate
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import is_cluster_member, is_coordinator, member_organisations

PER_PAGE = 12
IMAGE_CONTENT_TYPES = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp", "gif": "image/gif"}


def news_list(request: HttpRequest) -> HttpResponse:
    form = NewsFilterForm(request.GET)
    # A value that does not validate is left out, and the form says what was wrong.
    form.is_valid()
    page = paginate(
        selectors.news_list_visible(user=request.user, filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "form": form,
        "page_obj": page,
        "news_items": page.object_list,
        "can_create": permissions.can_create(request.user),
        "can_review": permissions.can_review(request.user),
    }
    template = "news/news_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


def _comments_url(news: News) -> str:
    """The URL of the comments thread, loaded by HTMX; empty while the comments app has no such page."""
    content_type_id = ContentType.objects.get_for_model(News).pk
    try:
        return reverse("comments:thread", args=[content_type_id, news.pk])
    except NoReverseMatch:
        return ""


def news_detail(request: HttpRequest, pk: int) -> HttpResponse:
    news = selectors.news_get_for_user(user=request.user, pk=pk)
    user = request.user
    context = {
        "news": news,
        "NewsStatus": NewsStatus,
        "is_author": permissions.is_author(user, news),
        "can_edit": permissions.can_edit(user, news),
        "can_submit": permissions.can_submit(user, news),
        "can_publish": permissions.can_publish(user, news),
        "can_review": permissions.can_review(user, news),
        "can_unpublish": permissions.can_unpublish(user, news),
        # Names of people stay inside the cluster; visitors see the organisation.
        "show_people": is_cluster_member(user) or permissions.is_author(user, news),
        "comments_url": _comments_url(news) if news.is_published else "",
    }
    return render(request, "news/news_detail.html", context)


def _form_organisations(user: Any) -> tuple[list[Organisation], bool]:
    """On whose behalf `user` may write, and whether they must choose one."""
    if is_coordinator(user):
        return list(Organisation.objects.cluster_members().order_by("name")), False
    return member_organisations(user), True


@login_required
def news_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create(request.user):
        raise PermissionDenied
    organisations, required = _form_organisations(request.user)
    form = NewsForm(
        request.POST or None,
        request.FILES or None,
        organisations=organisations,
        organisation_required=required,
        initial={"organisation": organisations[0].pk} if required and organisations else None,
    )
    coordinator = is_coordinator(request.user)
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action")
        try:
            news = services.news_create(
                author=request.user,
                submit=action == "submit" and not coordinator,
                publish=action == "publish" and coordinator,
                **form.service_kwargs(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _status_message(news))
            return redirect(news)
    context = {"form": form, "news": None, "can_submit": not coordinator, "can_publish": coordinator}
    return render(request, "news/news_form.html", context)


def _status_message(news: News) -> str:
    if news.status == NewsStatus.PUBLISHED:
        return _("Aktualność została opublikowana.")
    if news.status == NewsStatus.SUBMITTED:
        return _("Aktualność przekazano koordynatorowi klastra do zatwierdzenia.")
    return _("Zapisano szkic aktualności. Widzisz go tylko Ty i koordynator klastra.")


@login_required
def news_edit(request: HttpRequest, pk: int) -> HttpResponse:
    news = selectors.news_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit(request.user, news):
        raise PermissionDenied
    can_submit = permissions.can_submit(request.user, news)
    can_publish = permissions.can_publish(request.user, news)
    organisations, required = _form_organisations(request.user)
    if news.organisation is not None and news.organisation not in organisations:
        # The coordinator correcting a member's item keeps its organisation choosable.
        organisations = [news.organisation, *organisations]
    form = NewsForm(
        request.POST or None,
        request.FILES or None,
        instance=news,
        organisations=organisations,
        organisation_required=required,
    )
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action")
        try:
            news = services.news_update(
                news=news,
                by=request.user,
                submit=action == "submit" and can_submit,
                publish=action == "publish" and can_publish,
                **form.service_kwargs(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if news.status in (NewsStatus.PUBLISHED, NewsStatus.SUBMITTED) and action in ("submit", "publish"):
                messages.success(request, _status_message(news))
            else:
                messages.success(request, _("Zapisano zmiany w aktualności."))
            return redirect(news)
    context = {"form": form, "news": news, "can_submit": can_submit, "can_publish": can_publish}
    return render(request, "news/news_form.html", context)


def _login_then_detail(pk: int) -> HttpResponse:
    # After logging in, land on the item's page: the POST-only action URL would answer 405.
    return redirect_to_login(News(pk=pk).get_absolute_url())


@require_POST
def news_submit(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    news = selectors.news_get_for_user(user=request.user, pk=pk)
    if not permissions.can_submit(request.user, news):
        raise PermissionDenied
    try:
        services.news_submit(news=news, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _status_message(news))
    return redirect(news)


@require_POST
def news_unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return _login_then_detail(pk)
    news = selectors.news_get_for_user(user=request.user, pk=pk)
    if not permissions.can_unpublish(request.user, news):
        raise PermissionDenied
    try:
        services.news_unpublish(news=news, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Wycofano publikację. Aktualność jest znowu szkicem."))
    return redirect(news)


@login_required
def my_news(request: HttpRequest) -> HttpResponse:
    page = paginate(selectors.news_list_of_author(user=request.user), page_param=request.GET.get("page"))
    context = {
        "page_obj": page,
        "news_items": page.object_list,
        "can_create": permissions.can_create(request.user),
    }
    return render(request, "news/my_news.html", context)


def news_image(request: HttpRequest, pk: int) -> FileResponse:
    news = selectors.news_get_for_user(user=request.user, pk=pk)
    stored: FieldFile = news.image
    if not stored:
        raise Http404
    try:
        handle = stored.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    extension = (stored.name or "").rsplit(".", 1)[-1].lower()
    response = FileResponse(handle, content_type=IMAGE_CONTENT_TYPES.get(extension, "application/octet-stream"))
    response["X-Content-Type-Options"] = "nosniff"
    # Members-only items, drafts and later unpublished ones must not stay in a shared cache.
    response["Cache-Control"] = "private, max-age=3600"
    return response
