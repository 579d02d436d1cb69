"""The discussion under a commented object: one fragment by URL, loaded into the object's page by HTMX.

Every action has two answers: to HTMX the refreshed thread (with the form in place when something was
wrong), to a plain browser a redirect back to the object's page (#komentarze) or, on an error, the thread
as a page of its own with what was typed still in the form. Loading goes through selectors, so an object
the person may not see gives 404 here exactly as on its own page.
"""

import math
from datetime import datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.middleware import HtmxDetails

from platforma.community import targets
from platforma.community.comments import permissions, selectors, services
from platforma.community.comments.forms import CommentForm, ReplyForm, ReportForm
from platforma.community.comments.models import Comment

TEMPLATE = "comments/thread.html"


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


# What the thread shows next to one comment: a reply, edit, delete confirmation or report form.
REPLY, EDIT, DELETE, REPORT = "reply", "edit", "delete", "report"


def _target_url(target: Any) -> str:
    return f"{target.get_absolute_url()}#komentarze"


def _annotate(comment: Comment, *, user: Any, target: Any, now: datetime, reported_ids: set[int]) -> None:
    """Attach what this viewer may do with the comment, for the template (the views check again on use)."""
    may_edit = permissions.can_edit_comment(user, comment, now=now)
    seconds_left = (comment.edit_deadline() - now).total_seconds()
    vars(comment).update(
        may_edit=may_edit,
        may_delete=permissions.can_delete_comment(user, comment, target),
        may_hide=permissions.can_hide_comment(user, comment, target),
        may_report=permissions.can_report_comment(user, comment) and comment.pk not in reported_ids,
        already_reported=comment.pk in reported_ids,
        edit_minutes_left=max(1, math.ceil(seconds_left / 60)) if may_edit else 0,
    )


def _thread_context(
    request: HtmxHttpRequest,
    target: Any,
    *,
    new_form: Form | None = None,
    mode: str = "",
    active: Comment | None = None,
    form: Form | None = None,
    message: str = "",
) -> dict[str, Any]:
    user = request.user
    now = timezone.now()
    thread = selectors.thread_for_target(user=user, target=target)
    for comment in thread.comments:
        _annotate(comment, user=user, target=target, now=now, reported_ids=thread.reported_ids)
        for reply in comment.replies.all():
            _annotate(reply, user=user, target=target, now=now, reported_ids=thread.reported_ids)
    can_comment = permissions.can_comment(user, target)
    return {
        "target": target,
        "target_title": targets.title_of(target),
        "target_url": target.get_absolute_url(),
        "content_type_id": targets.content_type_id_of(target),
        "thread": thread,
        "can_comment": can_comment,
        "can_moderate": permissions.can_moderate_comments(user, target),
        "new_form": new_form or (CommentForm(auto_id="id_new_%s") if can_comment else None),
        "mode": mode,
        "active_pk": active.pk if active else None,
        "form": form,
        "message": message,
    }


def _render(request: HtmxHttpRequest, target: Any, **kwargs: Any) -> HttpResponse:
    template = f"{TEMPLATE}#thread" if request.htmx else TEMPLATE
    return render(request, template, _thread_context(request, target, **kwargs))


def _done(request: HtmxHttpRequest, target: Any, message: str) -> HttpResponse:
    if request.htmx:
        return _render(request, target, message=message)
    messages.success(request, message)
    return redirect(_target_url(target))


def _log_in_first(request: HtmxHttpRequest, target: Any) -> HttpResponse | None:
    """Visitors are sent to log in and back to the discussion; POST-only URLs would answer 405 after it."""
    if request.user.is_authenticated:
        return None
    return redirect_to_login(_target_url(target))


@require_http_methods(["GET", "HEAD"])
def thread(request: HtmxHttpRequest, content_type_id: int, object_id: int) -> HttpResponse:
    target = selectors.target_get_for_user(user=request.user, content_type_id=content_type_id, object_id=object_id)
    return _render(request, target)


@require_POST
def comment_create(request: HtmxHttpRequest, content_type_id: int, object_id: int) -> HttpResponse:
    target = selectors.target_get_for_user(user=request.user, content_type_id=content_type_id, object_id=object_id)
    if response := _log_in_first(request, target):
        return response
    if not permissions.can_comment(request.user, target):
        raise PermissionDenied
    form = CommentForm(request.POST, auto_id="id_new_%s")
    if form.is_valid():
        try:
            services.comment_create(author=request.user, target=target, body=form.cleaned_data["body"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _done(request, target, _("Dodano komentarz."))
    return _render(request, target, new_form=form)


@require_http_methods(["GET", "HEAD", "POST"])
def comment_reply(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    parent, target = selectors.comment_get_for_user(user=request.user, pk=pk)
    if response := _log_in_first(request, target):
        return response
    if not permissions.can_comment(request.user, target) or not parent.is_published:
        raise PermissionDenied
    form = ReplyForm(request.POST or None, auto_id="id_reply_%s")
    if request.method == "POST" and form.is_valid():
        try:
            services.comment_create(author=request.user, target=target, body=form.cleaned_data["body"], parent=parent)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _done(request, target, _("Dodano odpowiedź."))
    # A reply to a reply is written under the top comment, where it will appear.
    return _render(request, target, mode=REPLY, active=parent.parent or parent, form=form)


@require_http_methods(["GET", "HEAD", "POST"])
def comment_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    comment, target = selectors.comment_get_for_user(user=request.user, pk=pk)
    if response := _log_in_first(request, target):
        return response
    if not permissions.is_author(request.user, comment):
        raise PermissionDenied
    if not permissions.can_edit_comment(request.user, comment):
        message = _("Komentarz można poprawiać tylko przez 15 minut od napisania.")
        if request.htmx:
            return _render(request, target, message=message)
        messages.error(request, message)
        return redirect(_target_url(target))
    form = CommentForm(request.POST or None, initial={"body": comment.body}, auto_id="id_edit_%s")
    if request.method == "POST" and form.is_valid():
        try:
            services.comment_update(comment=comment, by=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _done(request, target, _("Zapisano poprawiony komentarz."))
    return _render(request, target, mode=EDIT, active=comment, form=form)


@require_http_methods(["GET", "HEAD", "POST"])
def comment_delete(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    comment, target = selectors.comment_get_for_user(user=request.user, pk=pk)
    if response := _log_in_first(request, target):
        return response
    if not permissions.can_delete_comment(request.user, comment, target):
        raise PermissionDenied
    if request.method == "POST":
        services.comment_delete(comment=comment, by=request.user)
        return _done(request, target, _("Usunięto komentarz."))
    # GET asks first: deleting cannot be undone.
    return _render(request, target, mode=DELETE, active=comment)


@require_POST
def comment_hide(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    comment, target = selectors.comment_get_for_user(user=request.user, pk=pk)
    if response := _log_in_first(request, target):
        return response
    if not permissions.can_hide_comment(request.user, comment, target):
        raise PermissionDenied
    services.comment_hide(comment=comment, by=request.user)
    return _done(request, target, _("Ukryto komentarz."))


@require_http_methods(["GET", "HEAD", "POST"])
def comment_report(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    comment, target = selectors.comment_get_for_user(user=request.user, pk=pk)
    if response := _log_in_first(request, target):
        return response
    if not permissions.can_report_comment(request.user, comment):
        raise PermissionDenied
    form = ReportForm(request.POST or None, auto_id="id_report_%s")
    if request.method == "POST" and form.is_valid():
        try:
            services.report_create(comment=comment, reporter=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _done(request, target, _("Dziękujemy. Zgłoszenie trafiło do koordynatora klastra."))
    return _render(request, target, mode=REPORT, active=comment, form=form)
