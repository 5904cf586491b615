import html as html_lib
import re

import markdown
import pytest
from hypothesis import given, strategies as st

from briefings.markup import escape_text


def render(text: str) -> str:
    return markdown.markdown(escape_text(text))


@pytest.mark.parametrize(
    "text, forbidden",
    [
        ("<script>alert(1)</script>", "<script"),
        ('<img src=x onerror="alert(1)">', "<img"),
        ("[нажми](javascript:alert(1))", "href"),
        ("**не жирный**", "<strong>"),
        ("# не заголовок", "<h1>"),
        ("- не список", "<li>"),
        ("1. не нумерованный", "<ol>"),
        ("`не код`", "<code>"),
        ("> не цитата", "<blockquote>"),
    ],
)
def test_source_text_never_becomes_markup(text, forbidden):
    assert forbidden not in render(text)


@pytest.mark.parametrize(
    "text", ["Цена выросла на 5 * 3 = 15%", "AT&T и «Газпром»", "a_b_c", "C:\\path", "x < y > z"]
)
def test_text_survives_rendering(text):
    html = render(text)
    assert html_lib.unescape(re.sub(r"</?p>", "", html)) == text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_no_tag_but_paragraphs_from_any_text(text):
    assert "<" not in re.sub(r"</?p>", "", render(text))
