"""Templates escape what ``{{ }}`` writes with Jinja's and MarkupSafe's own escaping."""

from __future__ import annotations

from pathlib import Path

import jinja2
import jinja2.compiler
import markupsafe
import pytest

from generator.render.templates import make_environment


@pytest.fixture
def env(tmp_path: Path) -> jinja2.Environment:
    return make_environment(tmp_path)  # a site with no layouts/ of its own: the default theme


def render(env: jinja2.Environment, source: str, **context: object) -> str:
    return env.from_string(source).render(**context)


HOSTILE = "<a href='x' onclick=\"y\">&amp;</a>"


def test_a_string_is_escaped_like_markupsafe_does(env: jinja2.Environment) -> None:
    assert render(env, "{{ s }}", s=HOSTILE) == str(markupsafe.escape(HOSTILE))
    assert render(env, "{{ s }}", s=HOSTILE) == "&lt;a href=&#39;x&#39; onclick=&#34;y&#34;&gt;&amp;amp;&lt;/a&gt;"


@pytest.mark.parametrize("value", ["plain", "", "Zelenskiy’s “deal” — ü", 5, 2.5, None, True,
                                   markupsafe.Markup("<b>bold</b>"), ["<x>"], {"k": "<v>"}])
def test_every_kind_of_value_writes_what_markupsafe_escape_gives(env: jinja2.Environment, value: object) -> None:
    assert render(env, "{{ v }}", v=value) == str(markupsafe.escape(value))


def test_markup_safe_macros_and_set_blocks_are_not_escaped_twice(env: jinja2.Environment) -> None:
    source = ('{% macro link(t) %}<a>{{ t }}</a>{% endmacro %}'
              '{% set block %}<i>{{ s }}</i>{% endset %}'
              '{{ link(s) }}|{{ block }}|{{ s | safe }}|{{ s | e }}|{{ "<" ~ s }}')
    assert render(env, source, s="<&>") == ("<a>&lt;&amp;&gt;</a>|<i>&lt;&amp;&gt;</i>|<&>|&lt;&amp;&gt;|"
                                           "&lt;&lt;&amp;&gt;")


def test_an_autoescape_block_still_decides(env: jinja2.Environment) -> None:
    assert render(env, "{% autoescape false %}{{ s }}{% endautoescape %}", s="<b>") == "<b>"
    assert render(env, "{% autoescape true %}{{ s }}{% endautoescape %}", s="<b>") == "&lt;b&gt;"
    assert render(env, "{% autoescape flag %}{{ s }}{% endautoescape %}", s="<b>", flag=False) == "<b>"
    assert render(env, "{% autoescape flag %}{{ s }}{% endautoescape %}", s="<b>", flag=True) == "&lt;b&gt;"


def test_an_undefined_value_is_still_an_error(env: jinja2.Environment) -> None:
    with pytest.raises(jinja2.UndefinedError, match="'missing' is undefined"):
        render(env, "{{ missing }}")


def test_the_environment_is_jinjas_own(env: jinja2.Environment) -> None:
    """No subclass of Jinja's environment or code generator sits on the escaping path."""
    assert type(env) is jinja2.Environment
    assert env.code_generator_class is jinja2.compiler.CodeGenerator
    assert env.autoescape is True
