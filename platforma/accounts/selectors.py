"""Reads about people, with the visibility rules of permissions.py."""

import datetime
import decimal
import uuid
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Prefetch
from django.db.models.fields.files import FieldFile
from django.http import Http404
from django.utils import timezone

from platforma.accounts.models import Profile, User
from platforma.accounts.permissions import can_view_profile, needs_cluster_membership, viewer_is_cluster_member
from platforma.taxonomy.models import Competence

# Audit records of what a person did in the admin describe other people's data, not the person's own.
EXPORT_EXCLUDED_MODELS = {("admin", "logentry")}
EXPORT_EXCLUDED_FIELDS = {"password"}


def _profiles() -> models.QuerySet[Profile]:
    competences = Competence.objects.order_by("position")
    return Profile.objects.select_related("user").prefetch_related(Prefetch("competences", queryset=competences))


def profile_get_visible(*, viewer: Any, pk: int) -> Profile:
    """A profile the viewer may see; 404 otherwise, so that a private profile's existence does not leak."""
    profile = _profiles().filter(pk=pk).first()
    if profile is None:
        raise Http404
    is_member = needs_cluster_membership(profile) and viewer_is_cluster_member(viewer)
    if not can_view_profile(viewer, profile, viewer_is_cluster_member=is_member):
        raise Http404
    return profile


def profile_with_details(*, profile: Profile) -> Profile:
    """The owner's profile with what their page shows, loaded in a fixed number of queries."""
    return _profiles().get(pk=profile.pk)


def user_memberships(*, user: User) -> list[Any]:
    """The organisations the person acts for, as membership rows with `organisation` loaded.

    accounts sits below organisations and must not import it; the reverse relation that organisations
    declares on the user (related_name="organisation_memberships") is the interface used here.
    """
    related = getattr(user, "organisation_memberships", None)
    if related is None:
        return []
    return list(related.select_related("organisation").order_by("organisation__name"))


# --- GDPR export -------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return {"id": value.pk, "label": str(value)}
    if isinstance(value, FieldFile):  # a stored file: its name, never its bytes (nor a URL, which may not exist)
        return value.name or None
    return value


def _row(obj: models.Model, *, hidden_user_fields: set[str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.name in EXPORT_EXCLUDED_FIELDS:
            continue
        if field.name in hidden_user_fields:
            # Another person on the same record (who decided, who invited): theirs, not this person's data.
            continue
        if field.is_relation:
            row[field.name] = _plain(getattr(obj, field.name))
        else:
            row[field.name] = _plain(field.value_from_object(obj))
    return row


def _related_sections(user: User) -> dict[str, list[dict[str, Any]]]:
    """Every record in any app that points at the person, found through the model graph.

    Apps above accounts (organisations, challenges, …) cannot be imported here, and each new app would
    otherwise have to remember to register its data. Relations declared hidden (related_name="+") are
    not followed: they record a person's part in someone else's record (a decision, an invitation).
    """
    user_model = get_user_model()
    sections: dict[str, list[dict[str, Any]]] = {}
    for relation in user_model._meta.related_objects:
        model = relation.related_model
        meta = model._meta
        if (meta.app_label, meta.model_name) in EXPORT_EXCLUDED_MODELS or model is Profile:
            continue
        queryset = model._default_manager.filter(**{relation.field.name: user}).order_by("pk")
        user_fields = {
            field.name
            for field in meta.concrete_fields
            if field.is_relation and field.related_model is user_model and field.name != relation.field.name
        }
        other_relations = [
            field.name
            for field in meta.concrete_fields
            if field.is_relation and field.name not in user_fields and field.name != relation.field.name
        ]
        if other_relations:
            queryset = queryset.select_related(*other_relations)
        rows = [_row(obj, hidden_user_fields=user_fields) for obj in queryset]
        for row in rows:
            row.pop(relation.field.name, None)
        sections[f"{meta.app_label}.{meta.model_name}"] = rows
    return sections


def user_data_export(*, user: User) -> dict[str, Any]:
    """What the platform holds about the person, as plain JSON-ready data (GDPR art. 15 and 20)."""
    profile = _profiles().filter(user=user).first()
    return {
        "exported_at": timezone.now().isoformat(),
        "user": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _plain(user.date_joined),
            "last_login": _plain(user.last_login),
            "is_coordinator": user.is_coordinator,
        },
        "profile": None
        if profile is None
        else {
            "job_title": profile.job_title,
            "bio": profile.bio,
            "city": profile.city,
            "availability": profile.availability,
            "visibility": profile.visibility,
            "competences": [
                {"slug": c.slug, "name_pl": c.name_pl, "name_en": c.name_en} for c in profile.competences.all()
            ],
            "created_at": _plain(profile.created_at),
            "updated_at": _plain(profile.updated_at),
        },
        "related": _related_sections(user),
    }
