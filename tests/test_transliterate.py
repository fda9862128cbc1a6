"""File names and anchors from any script: the language's own romanisation, then Unidecode."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_site, page

from generator.cli import main
from generator.transliterate import romanise, slugify


@pytest.mark.parametrize(("text", "language", "slug"), [
    ("Київ", "uk", "kyiv"),  # the national standard: not Unidecode's "kiyiv"
    ("Зеленський", "uk", "zelenskyi"),
    ("Володимир Зеленський", "uk", "volodymyr-zelenskyi"),
    ("Путін і Трамп розмовляли", "uk", "putin-i-tramp-rozmovlialy"),
    ("Єнакієве", "uk", "yenakiieve"),  # є and ї: initial ye, then ie and i
    ("Згурівка", "uk", "zghurivka"),  # зг is zgh
    ("Юлия Навальная", "ru", "iuliia-navalnaia"),  # the passport standard (ICAO)
    ("Путин", "", "putin"),
    ("Київ", "", "kyiv"),  # Ukrainian letters tell the language
    ("عبد الفتاح البرهان", "ar", "abd-al-fatah-al-barhan"),
    ("محمد بن سلمان", "", "muhammad-bin-salman"),
    ("حماس", "ar", "hamas"),
    ("习近平", "zh", "xi-jin-ping"),
    ("Erdoğan", "tr", "erdogan"),
    ("Trump’s Win: What Next?", "en", "trumps-win-what-next"),
])
def test_names_in_any_script_become_readable_ascii(text: str, language: str, slug: str) -> None:
    assert slugify(text, language) == slug


def test_romanise_leaves_other_scripts_alone() -> None:
    assert romanise("Zelensky, Зеленський", "uk") == "Zelensky, zelenskyi"
    assert slugify("🎉") == ""


@pytest.mark.parametrize(("kind", "name", "language", "path"), [
    ("article", "Путін і Трамп розмовляли", "uk", "content/articles/putin-i-tramp-rozmovlialy.md"),
    ("actor", "Володимир Зеленський", "uk", "content/actors/volodymyr-zelenskyi.md"),
    ("actor", "عبد الفتاح البرهان", "ar", "content/actors/abd-al-fatah-al-barhan.md"),
    ("article", "外交部发言人", "zh", "content/articles/wai-jiao-bu-fa-yan-ren.md"),
])
def test_new_names_files_in_any_script(make_site, kind: str, name: str, language: str, path: str) -> None:
    root = make_site({"site.yaml": f"title: T\nlanguage: {language}\n"})
    assert main(["new", kind, name, "-s", str(root)]) == 0
    assert (root / path).is_file()
    assert name in (root / path).read_text(encoding="utf-8")


def test_new_still_refuses_a_name_without_letters(make_site, capsys) -> None:
    root = make_site({"site.yaml": "title: T\nlanguage: uk\n"})
    assert main(["new", "article", "🎉 !!", "-s", str(root)]) == 2
    assert "cannot make a file name from '🎉 !!': it needs at least one letter or digit" in capsys.readouterr().err


TIMELINE = """\
- date: 2022-07-22
  title: Путін і Трамп розмовляли
- date: 2022-07-22
  title: Зустріч
  text: Перша.
- date: 2022-07-22
  title: Зустріч
  text: Друга.
- date: 2022-07-22
  title: اجتماع في الخرطوم
- date: 2022-07-23
  title: 🎉
"""


def anchors(root: Path) -> dict[str, str]:
    build_site(root)
    doc = page(root / "public", "timeline/")
    return {(li.cssselect(".event-text")[0].text_content() if li.cssselect(".event-text") else
             li.cssselect(".event-title")[0].text_content()): li.get("id") for li in doc.cssselect("li.event")}


def test_event_anchors_are_romanised_never_empty_and_do_not_depend_on_order(make_site) -> None:
    root = make_site({"site.yaml": "title: T\nlanguage: uk\n", "content/timeline/t.yaml": TIMELINE})
    first = anchors(root)
    assert first["Путін і Трамп розмовляли"] == "event-2022-07-22-putin-i-tramp-rozmovlialy"
    assert first["اجتماع في الخرطوم"] == "event-2022-07-22-ajtma-fi-al-khartum"
    assert first["🎉"] == "event-2022-07-23-event"
    assert first["Перша."].startswith("event-2022-07-22-zustrich-") and first["Друга."].startswith(
        "event-2022-07-22-zustrich-") and first["Перша."] != first["Друга."]
    entries = TIMELINE.split("- date: ")[1:]
    reordered = "".join("- date: " + e for e in reversed(entries))
    (root / "content/timeline/t.yaml").write_text(reordered, encoding="utf-8")
    assert anchors(root) == first
