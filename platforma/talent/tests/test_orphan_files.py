"""A CV written just before its application rolled back stays on disk with no record: the sweep removes it,
and never a CV an application still refers to."""

import os
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from platforma.core import private_files
from platforma.core.tasks import remove_orphan_private_files
from platforma.talent.models import Application
from platforma.talent.tests.factories import ApplicationFactory


class Rollback(Exception):
    pass


def age(path, hours):
    then = time.time() - hours * 3600
    os.utime(path, (then, then))


@pytest.fixture
def kept_and_orphaned(private_media, db):
    kept = ApplicationFactory()
    with pytest.raises(Rollback), transaction.atomic():
        ApplicationFactory()
        raise Rollback
    assert Application.objects.count() == 1
    files = sorted(p for p in private_media.rglob("*") if p.is_file())
    assert len(files) == 2
    kept_path = private_media / kept.cv.name
    (orphan_path,) = [p for p in files if p != kept_path]
    for path in files:
        age(path, 30)
    return kept_path, orphan_path


def test_the_sweep_finds_the_cv_of_a_rolled_back_application_and_removes_only_it(kept_and_orphaned, private_media):
    kept, orphan = kept_and_orphaned
    listed = private_files.sweep()
    assert listed.orphans == [orphan.relative_to(private_media).as_posix()]
    assert (listed.kept, listed.removed) == (1, 0)
    assert orphan.exists()

    removed = private_files.sweep(remove=True)
    assert removed.removed == 1
    assert not orphan.exists()
    assert not orphan.parent.exists() or any(orphan.parent.iterdir())
    assert kept.exists()


def test_a_fresh_file_is_left_alone_whatever_it_belongs_to(kept_and_orphaned):
    _kept, orphan = kept_and_orphaned
    age(orphan, 2)
    result = private_files.sweep(older_than_hours=24, remove=True)
    assert (result.removed, result.too_young) == (0, 1)
    assert orphan.exists()
    with pytest.raises(ValueError):
        private_files.sweep(older_than_hours=0.1)


def test_the_command_lists_by_default_and_removes_when_asked(kept_and_orphaned):
    _kept, orphan = kept_and_orphaned
    out = StringIO()
    call_command("clean_private_files", stdout=out)
    assert "pliki bez rekordu: 1" in out.getvalue()
    assert orphan.exists()
    call_command("clean_private_files", "--remove", stdout=StringIO())
    assert not orphan.exists()


def test_the_scheduled_task_removes_orphans(kept_and_orphaned):
    _kept, orphan = kept_and_orphaned
    remove_orphan_private_files.enqueue()
    assert not orphan.exists()


def test_every_private_file_field_is_known_to_the_sweep():
    found = {(model._meta.label, field.name) for model, field in private_files.private_file_fields()}
    assert found == {
        ("initiatives.DocumentVersion", "file"),
        ("knowledge.ArticleAttachment", "file"),
        ("knowledge.ArticleImage", "image"),
        ("news.News", "image"),
        ("opencalls.ProposalAttachment", "file"),
        ("talent.Application", "cv"),
    }


def test_the_notifications_scheduler_queues_the_sweep_every_hour(kept_and_orphaned):
    from django.utils import timezone

    from platforma.community.notifications.management.commands.run_scheduler import Scheduler

    _kept, orphan = kept_and_orphaned
    done = Scheduler().tick(now=timezone.now(), clock=0.0)
    assert "core schedule" in done
    assert not orphan.exists()
