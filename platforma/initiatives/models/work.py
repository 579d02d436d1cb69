"""The work of an initiative: goals, milestones, tasks, pledged resources and documents."""

import uuid
from datetime import date
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from platforma.core.storage import PrivateFileField, private_storage
from platforma.initiatives.models.choices import PledgeKind, PledgeStatus, TaskStatus, pledge_summary


class Goal(models.Model):
    initiative = models.ForeignKey("initiatives.Initiative", on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(_("cel"), max_length=200)
    description = models.TextField(_("opis"), blank=True, max_length=4000)
    target_date = models.DateField(_("termin osiągnięcia"), null=True, blank=True)
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)

    class Meta:
        ordering = [models.F("target_date").asc(nulls_last=True), "pk"]
        verbose_name = _("cel przedsięwzięcia")
        verbose_name_plural = _("cele przedsięwzięć")

    def __str__(self) -> str:
        return self.title


class Milestone(models.Model):
    initiative = models.ForeignKey("initiatives.Initiative", on_delete=models.CASCADE, related_name="milestones")
    goal = models.ForeignKey(
        Goal, verbose_name=_("cel"), null=True, blank=True, on_delete=models.SET_NULL, related_name="milestones"
    )
    title = models.CharField(_("kamień milowy"), max_length=200)
    due_date = models.DateField(_("termin"))
    done_at = models.DateTimeField(_("osiągnięto"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("kamień milowy")
        verbose_name_plural = _("kamienie milowe")

    def __str__(self) -> str:
        return self.title

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, today: date) -> bool:
        return not self.is_done and self.due_date < today


class Task(models.Model):
    """A piece of work, for a person or an organisation, moved across the board todo → doing → done."""

    initiative = models.ForeignKey("initiatives.Initiative", on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("zadanie"), max_length=200)
    description = models.TextField(_("opis"), blank=True, max_length=4000)
    assignee_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("osoba odpowiedzialna"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiative_tasks",
    )
    assignee_organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja odpowiedzialna"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiative_tasks",
    )
    due_date = models.DateField(_("termin"), null=True, blank=True)
    status = models.CharField(_("stan"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.TODO)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)
    updated_at = models.DateTimeField(_("zmieniono"), auto_now=True)
    completed_at = models.DateTimeField(_("wykonano"), null=True, blank=True)

    class Meta:
        ordering = [models.F("due_date").asc(nulls_last=True), "pk"]
        verbose_name = _("zadanie")
        verbose_name_plural = _("zadania")
        indexes = [models.Index(fields=["initiative", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(assignee_user__isnull=True) | models.Q(assignee_organisation__isnull=True),
                name="task_has_one_assignee_at_most",
                violation_error_message=_("Zadanie ma jedną osobę albo jedną organizację odpowiedzialną."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def assignee_name(self) -> str:
        if self.assignee_user is not None:
            return self.assignee_user.display_name
        if self.assignee_organisation is not None:
            return self.assignee_organisation.name
        return ""

    def is_overdue(self, today: date) -> bool:
        return self.status != TaskStatus.DONE and self.due_date is not None and self.due_date < today


class Pledge(models.Model):
    """What a partner puts into the initiative: money, staff-days or equipment, for a period.

    Counted in the totals once the pledging organisation's admin has confirmed it.
    """

    initiative = models.ForeignKey("initiatives.Initiative", on_delete=models.CASCADE, related_name="pledges")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja"),
        on_delete=models.CASCADE,
        related_name="initiative_pledges",
    )
    kind = models.CharField(_("rodzaj wkładu"), max_length=20, choices=PledgeKind.choices)
    amount = models.DecimalField(
        _("kwota (PLN) lub liczba osobodni"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    resource = models.ForeignKey(
        "resources.Resource",
        verbose_name=_("sprzęt z katalogu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="initiative_pledges",
    )
    period_start = models.DateField(_("od"))
    period_end = models.DateField(_("do"))
    note = models.CharField(_("uwagi"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=PledgeStatus.choices, default=PledgeStatus.PROPOSED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zgłosił(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("zgłoszono"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("data decyzji"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("deklaracja zasobów")
        verbose_name_plural = _("deklaracje zasobów")
        indexes = [models.Index(fields=["initiative", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="pledge_period_ends_after_start",
                violation_error_message=_("Koniec okresu nie może być wcześniejszy niż początek."),
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind=PledgeKind.EQUIPMENT, resource__isnull=False)
                    | (~models.Q(kind=PledgeKind.EQUIPMENT) & models.Q(amount__gt=0))
                ),
                name="pledge_has_an_amount_or_equipment",
                violation_error_message=_("Podaj kwotę lub liczbę osobodni większą od zera albo wskaż sprzęt."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.summary}"

    @property
    def summary(self) -> str:
        resource = self.resource.name if self.resource_id and self.resource else ""
        return pledge_summary(self.kind, self.amount, resource)


def _document_path(instance: "DocumentVersion", filename: str) -> str:
    # A random folder: the address of a confidential file cannot be guessed, and two uploads never collide.
    name = get_valid_filename(PurePath(filename).name)[-100:] or "dokument"
    return f"initiatives/{instance.document.initiative_id}/{uuid.uuid4().hex}/{name}"


class Document(models.Model):
    initiative = models.ForeignKey("initiatives.Initiative", on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("tytuł dokumentu"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)
    updated_at = models.DateTimeField(_("zmieniono"), auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("dokument")
        verbose_name_plural = _("dokumenty")

    def __str__(self) -> str:
        return self.title


class DocumentVersion(models.Model):
    """One upload of a document; a new version never replaces the files of the older ones."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("wersja"))
    file = PrivateFileField(_("plik"), storage=private_storage, upload_to=_document_path, max_length=255)
    original_name = models.CharField(_("nazwa pliku"), max_length=255)
    content_type = models.CharField(_("typ pliku"), max_length=100)
    size = models.PositiveIntegerField(_("rozmiar (bajty)"))
    comment = models.CharField(_("co się zmieniło"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("wersja dokumentu")
        verbose_name_plural = _("wersje dokumentów")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"],
                name="one_version_number_per_document",
                violation_error_message=_("Ta wersja dokumentu już istnieje."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.document} v{self.number}"
