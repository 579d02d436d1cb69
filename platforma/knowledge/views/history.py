"""The version history of an article and the differences between two versions (authors and coordinators)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from platforma.knowledge import permissions, selectors
from platforma.knowledge.diff import has_changes, line_diff
from platforma.knowledge.forms import CompareForm
from platforma.knowledge.models import Article


def _article_with_history(request: HttpRequest, pk: int) -> Article:
    article = selectors.article_get_for_user(user=request.user, pk=pk)
    if not permissions.can_view_history(request.user, article):
        # Readers know the article exists; its unreviewed earlier texts are the authors' business.
        raise PermissionDenied
    return article


def version_list(request: HttpRequest, pk: int) -> HttpResponse:
    article = _article_with_history(request, pk)
    versions = list(selectors.version_list(article=article))
    context = {
        "article": article,
        "versions": versions,
        "history": list(selectors.status_history(article=article)),
    }
    return render(request, "knowledge/version_list.html", context)


def version_detail(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    article = _article_with_history(request, pk)
    version = selectors.version_get(article=article, number=number)
    return render(request, "knowledge/version_detail.html", {"article": article, "version": version})


def version_compare(request: HttpRequest, pk: int) -> HttpResponse:
    article = _article_with_history(request, pk)
    versions = list(selectors.version_list(article=article))
    form = CompareForm(request.GET)
    pair = form.pair(versions)
    context: dict = {"article": article, "versions": versions, "pair": pair}
    if pair is not None:
        old, new = pair
        fields = [
            ("title", old.title, new.title),
            ("summary", old.summary, new.summary),
            ("body", old.body, new.body),
        ]
        context["diffs"] = {name: line_diff(before, after) for name, before, after in fields}
        context["changed"] = {name: has_changes(lines) for name, lines in context["diffs"].items()}
        context["old"], context["new"] = old, new
    template = "knowledge/version_compare.html"
    if request.htmx and request.htmx.target == "diff":
        template += "#diff"
    return render(request, template, context)
