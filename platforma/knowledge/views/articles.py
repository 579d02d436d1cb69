"""Article pages. Thin: load through a selector (404 for what the user may not see), check the
permission (403 for what they may not do), validate a form, call one service, respond."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from platforma.core.pagination import paginate
from platforma.knowledge import permissions, selectors, services
from platforma.knowledge.citation import citation_line, stable_url
from platforma.knowledge.forms import ArticleFilterForm, ArticleForm, ReviewForm
from platforma.knowledge.models import Article, ArticleKind, ArticleStatus
from platforma.organisations.permissions import is_coordinator, member_organisations

PER_PAGE = 20


def article_list(request: HttpRequest) -> HttpResponse:
    form = ArticleFilterForm(request.GET)
    # A value that does not validate is left out; the others still apply, and the form says what was wrong.
    form.is_valid()
    page = paginate(
        selectors.article_list_visible(user=request.user, filters=form.applied_filters()),
        page_param=request.GET.get("page"),
        per_page=PER_PAGE,
    )
    context = {
        "form": form,
        "page_obj": page,
        "articles": page.object_list,
        "can_create": permissions.can_create_article(request.user),
        "can_review": permissions.can_review(request.user),
        "ArticleKind": ArticleKind,
    }
    template = "knowledge/article_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


def article_permalink(request: HttpRequest, pk: int) -> HttpResponse:
    """/wiedza/<id>/: the short, stable address; it leads to the current readable one."""
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    return redirect(article, permanent=True)


def _detail_context(request: HttpRequest, article: Article, *, review_form: ReviewForm | None = None) -> dict:
    user = request.user
    can_review = permissions.can_review(user, article)
    if review_form is None and can_review:
        review_form = ReviewForm()
    can_view_history = permissions.can_view_history(user, article)
    return {
        "article": article,
        "author_links": list(article.author_links.all()),
        "is_author": permissions.is_author(user, article),
        "can_edit": permissions.can_edit(user, article),
        "can_manage_files": permissions.can_manage_files(user, article),
        "can_submit": permissions.can_submit(user, article),
        "can_withdraw": permissions.can_withdraw_submission(user, article),
        "can_unpublish": permissions.can_unpublish(user, article),
        "can_review": can_review,
        "review_form": review_form,
        "can_view_history": can_view_history,
        "version_count": article.versions.count() if can_view_history else None,
        "related_articles": selectors.related_articles(article=article, user=user),
        "related_challenges": selectors.related_challenges(article=article, user=user),
        "citation": citation_line(article),
        "stable_url": stable_url(article),
        "ArticleStatus": ArticleStatus,
    }


def article_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    if slug != article.slug:
        # The id is the address; an old or mistyped slug leads to the current one.
        return redirect(article, permanent=True)
    return render(request, "knowledge/article_detail.html", _detail_context(request, article))


def _organisation_choices(user: Any) -> list:
    if is_coordinator(user):
        return selectors.member_organisations_all()
    return member_organisations(user)


@login_required
def article_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_article(request.user):
        raise PermissionDenied
    organisations = member_organisations(request.user)
    form = ArticleForm(
        request.POST or None,
        organisations=_organisation_choices(request.user),
        people=[p for p in selectors.author_candidates(organisations=organisations) if p.pk != request.user.pk],
        editor=request.user,
        organisations_required=not is_coordinator(request.user),
    )
    if request.method == "POST" and form.is_valid():
        submit = request.POST.get("action") == "submit"
        try:
            article = services.article_create(author=request.user, submit=submit, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if submit:
                messages.success(request, _("Artykuł przekazano do recenzji. Koordynator klastra dostał wiadomość."))
            else:
                messages.success(
                    request,
                    _("Zapisano szkic. Widzą go tylko autorzy i koordynator, dopóki nie przejdzie recenzji."),
                )
            return redirect(article)
    return render(request, "knowledge/article_form.html", {"form": form, "article": None})


@login_required
def article_edit(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit(request.user, article):
        raise PermissionDenied
    choices = [*_organisation_choices(request.user), *article.organisations.all()]
    organisations = list({o.pk: o for o in choices}.values())
    current_authors = [link.user for link in article.author_links.all()]
    form = ArticleForm(
        request.POST or None,
        instance=article,
        organisations=organisations,
        people=selectors.author_candidates(
            organisations=[*article.organisations.all(), *member_organisations(request.user)],
            include=current_authors,
        ),
        editor=request.user,
        organisations_required=not is_coordinator(request.user),
    )
    can_submit = permissions.can_submit(request.user, article)
    if request.method == "POST" and form.is_valid():
        submit = can_submit and request.POST.get("action") == "submit"
        try:
            article = services.article_update(article=article, by=request.user, submit=submit, **form.service_kwargs())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if submit:
                messages.success(request, _("Zapisano zmiany i przekazano artykuł do recenzji."))
            else:
                messages.success(request, _("Zapisano zmiany w artykule."))
            return redirect(article)
    context = {"form": form, "article": article, "can_submit": can_submit}
    return render(request, "knowledge/article_form.html", context)


@login_required
def my_articles(request: HttpRequest) -> HttpResponse:
    page = paginate(
        selectors.article_list_authored(user=request.user), page_param=request.GET.get("page"), per_page=PER_PAGE
    )
    context = {
        "page_obj": page,
        "articles": page.object_list,
        "can_create": permissions.can_create_article(request.user),
    }
    return render(request, "knowledge/my_articles.html", context)
