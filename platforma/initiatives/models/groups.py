"""Thematic working groups: people and organisations around a competence area or a kind of problem."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel, Visibility
from platforma.initiatives.models.choices import GroupMemberRole

# For a group "restricted" means its own members.
GROUP_VISIBILITY_CHOICES = [
    (Visibility.PUBLIC, _("publiczna — dla wszystkich")),
    (Visibility.MEMBERS, _("tylko członkowie klastra")),
    (Visibility.RESTRICTED, _("tylko członkowie grupy")),
]


class WorkingGroup(TimeStampedModel):
    name = models.CharField(_("nazwa grupy"), max_length=200)
    description = models.TextField(_("opis (Markdown)"), max_length=10000)
    competence = models.ForeignKey(
        "taxonomy.Competence",
        verbose_name=_("obszar kompetencji"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="working_groups",
    )
    problem_kind = models.CharField(
        _("rodzaj problemu"),
        max_length=200,
        blank=True,
        help_text=_("Np. „wody kopalniane zalewające budynki”."),
    )
    visibility = models.CharField(
        _("widoczność"), max_length=20, choices=GROUP_VISIBILITY_CHOICES, default=Visibility.MEMBERS
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("założył(a)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_challenge = models.ForeignKey(
        "challenges.Challenge",
        verbose_name=_("powstała z wyzwania"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    followed_challenges = models.ManyToManyField(
        "challenges.Challenge", verbose_name=_("obserwowane wyzwania"), blank=True, related_name="following_groups"
    )
    followed_initiatives = models.ManyToManyField(
        "initiatives.Initiative",
        verbose_name=_("obserwowane przedsięwzięcia"),
        blank=True,
        related_name="following_groups",
    )

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("grupa robocza")
        verbose_name_plural = _("grupy robocze")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("groups:detail", kwargs={"pk": self.pk})


class GroupMember(models.Model):
    """A person or an organisation in a group (never both in one row)."""

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("osoba"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="group_memberships",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="group_memberships",
    )
    role = models.CharField(_("rola"), max_length=20, choices=GroupMemberRole.choices, default=GroupMemberRole.MEMBER)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("dołączono"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("członek grupy")
        verbose_name_plural = _("członkowie grup")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=True, organisation__isnull=False)
                | models.Q(user__isnull=False, organisation__isnull=True),
                name="group_member_is_a_person_or_an_organisation",
            ),
            models.UniqueConstraint(
                fields=["group", "user"],
                condition=models.Q(user__isnull=False),
                name="one_membership_per_person_in_group",
                violation_error_message=_("Ta osoba już jest w grupie."),
            ),
            models.UniqueConstraint(
                fields=["group", "organisation"],
                condition=models.Q(organisation__isnull=False),
                name="one_membership_per_organisation_in_group",
                violation_error_message=_("Ta organizacja już jest w grupie."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        if self.organisation is not None:
            return self.organisation.name
        return self.user.display_name if self.user is not None else ""


class GroupPost(models.Model):
    """One post in the group's discussion thread."""

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("autor"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("treść"), max_length=5000)
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("wpis w dyskusji")
        verbose_name_plural = _("dyskusja grup")
        indexes = [models.Index(fields=["group", "created_at"])]

    def __str__(self) -> str:
        return self.body[:60]
