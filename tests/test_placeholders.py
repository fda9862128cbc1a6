"""`check` fails a published article that still holds the placeholder text `explainer new` writes."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main

ACTOR = "---\nname: Jane Doe\nkind: person\n---\nBio.\n"


def new_article(root: Path) -> Path:
    assert main(["new", "article", "Budget vote", "-s", str(root)]) == 0
    return root / "content/articles/budget-vote.md"


def test_a_draft_with_placeholders_passes_check(make_site, capsys) -> None:
    root = make_site({"content/actors/jane-doe.md": ACTOR})
    new_article(root)
    assert main(["check", "-s", str(root)]) == 0
    assert "placeholder" not in capsys.readouterr().err


def test_publishing_the_scaffold_fails_check_at_each_placeholder(make_site, capsys) -> None:
    root = make_site({"content/actors/jane-doe.md": ACTOR})
    path = new_article(root)
    lines = path.read_text(encoding="utf-8").splitlines()
    draft = next(i for i, line in enumerate(lines) if line.startswith("draft:"))
    del lines[draft]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary_line = next(i for i, line in enumerate(lines, 1) if line.startswith("summary:"))
    body_line = next(i for i, line in enumerate(lines, 1) if line.startswith("Write the explainer"))
    capsys.readouterr()
    assert main(["check", "-s", str(root)]) == 1
    err = capsys.readouterr().err
    assert (f"content/articles/budget-vote.md:{summary_line}:1: error: the summary is still the placeholder "
            "'TODO one or two sentences for cards, feeds and search engines.'; write the article's summary, "
            "or keep 'draft: true' until it is ready") in err
    assert (f"content/articles/budget-vote.md:{body_line}:1: error: the body still holds the placeholder "
            "'Write the explainer here, in Markdown.'; write the explainer, or keep 'draft: true' until "
            "it is ready") in err
    assert "Traceback" not in err


def test_a_placeholder_in_a_body_file_is_located_in_that_file(make_site, capsys) -> None:
    root = make_site({"content/actors/jane-doe.md": ACTOR,
                      "seeds/story.txt": "Jane Doe spoke.\n\nWrite the explainer here, in Markdown.\n",
                      "content/articles/a.md": "---\ntitle: A\ndate: 2024-01-01\nsummary: S.\n"
                                               "body: ../../seeds/story.txt\n---\n"})
    assert main(["check", "-s", str(root)]) == 1
    assert "seeds/story.txt:3:1: error: the body still holds the placeholder" in capsys.readouterr().err
