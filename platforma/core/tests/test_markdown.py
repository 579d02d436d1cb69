from django.template import Context, Template
from django.utils.safestring import SafeString

from platforma.core.markdown import render_markdown


def test_markdown_becomes_html():
    html = render_markdown("## Hałda\n\n**Ważne**: rekultywacja *w toku*.\n\n- cynk\n- ołów")

    assert isinstance(html, SafeString)
    assert "<h2>Hałda</h2>" in html
    assert "<strong>Ważne</strong>" in html
    assert "<li>cynk</li>" in html


def test_script_tags_are_removed_with_their_content():
    html = render_markdown("Tekst <script>alert('xss')</script> dalej")

    assert "<script" not in html
    assert "alert" not in html
    assert "Tekst" in html


def test_event_handler_attributes_are_removed():
    html = render_markdown('<a href="https://ekopark.example" onclick="steal()">x</a> <img src="x" onerror="alert(1)">')

    assert "onclick" not in html
    assert "onerror" not in html
    assert "<img" not in html


def test_javascript_links_lose_their_target():
    html = render_markdown("[kliknij](javascript:alert(1)) <a href='JaVaScRiPt:alert(2)'>ten</a>")

    assert "javascript" not in html.lower()
    assert "kliknij" in html


def test_links_are_kept_and_marked_nofollow():
    html = render_markdown("[EkoPark](https://ekopark.example/)")

    assert 'href="https://ekopark.example/"' in html
    assert 'rel="nofollow noopener"' in html


def test_empty_text_gives_empty_html():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""  # type: ignore[arg-type]


def test_markdown_filter_in_templates_escapes_nothing_twice():
    rendered = Template("{% load platforma %}{{ text|markdown }}").render(Context({"text": "a & b <b>c</b>"}))

    assert "a &amp; b" in rendered
    assert "<b>" not in rendered
