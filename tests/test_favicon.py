"""Every page links a favicon: the theme's SVG, or the site's own (`favicon:` in site.yaml)."""

from __future__ import annotations

from tests.conftest import build_errors, build_site, page

SITE = "title: T\nbase_url: https://example.org/news/\nsearch: false\n"
ARTICLE = "---\ntitle: A\ndate: 2024-01-01\nsummary: S.\n---\nText.\n"


def test_the_default_favicon_is_shipped_and_linked_from_every_depth(make_site) -> None:
    root = make_site({"site.yaml": SITE, "content/articles/a.md": ARTICLE})
    build_site(root)
    out = root / "public"
    assert (out / "assets/favicon.svg").read_bytes().startswith(b"<svg")
    assert page(out, "").xpath("//link[@rel='icon']/@href") == ["assets/favicon.svg"]
    assert page(out, "articles/a/").xpath("//link[@rel='icon']/@href") == ["../../assets/favicon.svg"]
    assert page(out, "404.html").xpath("//link[@rel='icon']/@href") == ["/news/assets/favicon.svg"]


def test_a_site_sets_its_own_favicon(make_site) -> None:
    root = make_site({"site.yaml": SITE + "favicon: media/icon.png\n", "content/articles/a.md": ARTICLE,
                      "content/media/icon.png": b"\x89PNG\r\n\x1a\n"})
    build_site(root)
    (link,) = page(root / "public", "articles/a/").xpath("//link[@rel='icon']")
    assert link.get("href") == "../../media/icon.png" and link.get("type") is None
    assert (root / "public/media/icon.png").is_file()


def test_a_missing_favicon_file_is_an_error(make_site) -> None:
    root = make_site({"site.yaml": SITE + "favicon: media/nope.svg\n", "content/articles/a.md": ARTICLE})
    assert build_errors(root) == [
        "site.yaml:4:1: error: 'favicon' file content/media/nope.svg does not exist; put the icon under "
        "content/media/ and name it as media/icon.svg (or leave 'favicon' out for the theme's icon)"]


def test_a_favicon_outside_media_is_an_error(make_site) -> None:
    root = make_site({"site.yaml": SITE + "favicon: https://cdn.example/icon.png\n",
                      "content/articles/a.md": ARTICLE})
    assert build_errors(root) == [
        "site.yaml:4:1: error: 'favicon' must be a file under content/media/ such as media/icon.svg, "
        "not 'https://cdn.example/icon.png'"]
