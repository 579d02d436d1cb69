from urllib.parse import parse_qs

import pytest
from django.template import Context, Template
from django.test import RequestFactory


def query_with(query_string, tag_arguments):
    request = RequestFactory().get("/wyzwania/?" + query_string)
    template = Template("{% load platforma %}{% query_with " + tag_arguments + " %}")
    return template.render(Context({"request": request}))


def test_query_with_replaces_one_parameter_and_keeps_the_others():
    result = query_with("status=open&q=ha%C5%82da&competence=3&page=2", "page=3")

    assert result.startswith("?")
    assert parse_qs(result[1:].replace("&amp;", "&")) == {
        "status": ["open"],
        "q": ["hałda"],
        "competence": ["3"],
        "page": ["3"],
    }


def test_query_with_adds_a_parameter_that_was_not_there():
    assert parse_qs(query_with("status=open", "page=2")[1:].replace("&amp;", "&")) == {
        "status": ["open"],
        "page": ["2"],
    }


@pytest.mark.parametrize("empty", ["None", '""'])
def test_query_with_an_empty_value_removes_the_parameter(empty):
    assert query_with("status=open&page=4", f"page={empty}") == "?status=open"


def test_query_with_on_an_empty_query_string_gives_a_bare_question_mark():
    assert query_with("", "page=None") == "?"


def test_query_with_keeps_repeated_parameters():
    result = query_with("competence=1&competence=2&page=1", "page=2").replace("&amp;", "&")

    assert parse_qs(result[1:])["competence"] == ["1", "2"]


@pytest.mark.django_db
def test_content_type_id_names_the_content_type_of_the_object():
    from django.contrib.contenttypes.models import ContentType

    # Any model will do; core may not import the apps above it, so take a content type itself.
    content_type = ContentType.objects.get_for_model(ContentType)
    rendered = Template("{% load platforma %}{{ obj|content_type_id }}").render(Context({"obj": content_type}))

    assert rendered == str(content_type.pk)
