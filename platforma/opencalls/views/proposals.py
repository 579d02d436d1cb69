"""Answering a call: submitting, reading, editing and withdrawing a proposal, downloading its attachments.

After the deadline the permission checks answer 403 and the services refuse on their own, so a form left
open in a browser, or a crafted POST, changes nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from platforma.opencalls import permissions, selectors, services
from platforma.opencalls.forms import ProposalForm
from platforma.opencalls.models import AttachmentKind, OpenCall

CONTENT_TYPES: dict[str, str] = {
    AttachmentKind.PDF: "application/pdf",
    AttachmentKind.ODT: "application/vnd.oasis.opendocument.text",
    AttachmentKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    AttachmentKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def login_then_call(pk: int) -> HttpResponse:
    # After logging in, land on the call's page: a POST-only action URL would answer 405.
    return redirect_to_login(OpenCall(pk=pk).get_absolute_url())


@login_required
def proposal_create(request: HttpRequest, pk: int) -> HttpResponse:
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    existing = selectors.my_live_proposal(user=request.user, call=call)
    if existing is not None and permissions.can_change_proposal(request.user, existing):
        messages.info(request, _("Masz już propozycję w tym naborze — możesz ją zmienić do terminu."))
        return redirect("opencalls:proposal_edit", pk=call.pk, proposal_pk=existing.pk)
    if not permissions.can_apply(request.user, call):
        raise PermissionDenied
    form = ProposalForm(
        request.POST or None,
        request.FILES or None,
        call=call,
        organisations=permissions.proposal_organisations(request.user, call),
    )
    if request.method == "POST" and form.is_valid():
        try:
            proposal = services.proposal_submit(
                call=call,
                author=request.user,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
                organisation=form.chosen_organisation(),
                accept_terms=form.cleaned_data["accept_terms"],
                files=form.cleaned_data["uploads"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Złożono propozycję. Możesz ją zmienić albo wycofać do terminu naboru."))
            return redirect(proposal)
    return render(request, "opencalls/proposal_form.html", {"form": form, "call": call, "proposal": None})


def proposal_detail(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    proposal = selectors.proposal_get_for_user(user=request.user, call=call, pk=proposal_pk)
    user = request.user
    is_owner = permissions.is_owner(user, call)
    evaluator = selectors.evaluator_for(user=user, call=call)
    evaluations = []
    if is_owner or permissions.can_see_feedback(user, proposal):
        evaluations = selectors.evaluations_of(proposal=proposal)
    elif evaluator is not None:
        # Evaluators score independently: each sees their own evaluation, and the ranking, not the others'.
        evaluations = [e for e in selectors.evaluations_of(proposal=proposal) if e.evaluator_id == evaluator.pk]
    context = {
        "call": call,
        "proposal": proposal,
        "attachments": list(proposal.attachments.all()),
        "evaluations": evaluations,
        "is_owner": is_owner,
        "is_author": proposal.author_id == user.pk,
        "shows_evaluators": is_owner,
        "feedback": permissions.can_see_feedback(user, proposal),
        "can_change": permissions.can_change_proposal(user, proposal),
        "can_score": permissions.can_score(user, proposal),
        "conflicted": evaluator is not None and permissions.has_conflict(user, proposal),
    }
    return render(request, "opencalls/proposal_detail.html", context)


@login_required
def proposal_edit(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    proposal = selectors.proposal_get_for_user(user=request.user, call=call, pk=proposal_pk)
    if not permissions.can_change_proposal(request.user, proposal):
        raise PermissionDenied
    attachments = list(proposal.attachments.all())
    organisations = permissions.proposal_organisations(request.user, call)
    initial = {
        "title": proposal.title,
        "description": proposal.description,
        "acting_as": str(proposal.organisation_id or ""),
    }
    form = ProposalForm(
        request.POST or None,
        request.FILES or None,
        call=call,
        organisations=organisations,
        attachments=attachments,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.proposal_update(
                proposal=proposal,
                by=request.user,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
                organisation=form.chosen_organisation(),
                accept_terms=form.cleaned_data["accept_terms"],
                new_files=form.cleaned_data["uploads"],
                remove_attachment_ids=form.removed_ids(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Zapisano zmiany w propozycji."))
            return redirect(proposal)
    context = {"form": form, "call": call, "proposal": proposal}
    return render(request, "opencalls/proposal_form.html", context)


@require_POST
def proposal_withdraw(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return login_then_call(pk)
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    proposal = selectors.proposal_get_for_user(user=request.user, call=call, pk=proposal_pk)
    if not permissions.can_change_proposal(request.user, proposal):
        raise PermissionDenied
    try:
        services.proposal_withdraw(proposal=proposal, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(proposal)
    messages.success(request, _("Wycofano propozycję „%(title)s”.") % {"title": proposal.title})
    return redirect(call)


@never_cache
def attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponseBase:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    call = selectors.call_get_for_user(user=request.user, pk=pk)
    attachment = selectors.attachment_get_for_user(user=request.user, call=call, pk=attachment_pk)
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=CONTENT_TYPES.get(attachment.kind, "application/octet-stream"),
    )
