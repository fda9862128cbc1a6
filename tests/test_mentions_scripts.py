"""Names in every script: inside unspaced text (Chinese, Japanese, Thai), whole words elsewhere."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import build_site, page

from generator.link.mentions import NameIndex, sentence_around

NAMES = {"mfa": ["外交部"], "xi": ["习近平"], "kishida": ["岸田文雄", "岸田"], "thaksin": ["ทักษิณ"],
         "putin": ["Путін", "Путіна", "Путіну"], "nato": ["NATO"], "burhan": ["البرهان"]}


def found(text: str) -> list[str]:
    actors = {ident: SimpleNamespace(id=ident, name=names[0], aliases=names[1:]) for ident, names in NAMES.items()}
    index = NameIndex.build(actors)  # type: ignore[arg-type]
    return [f"{text[start:end]}={','.join(ids)}" for start, end, ids in index.find(text)]


def test_names_match_inside_text_without_spaces() -> None:
    assert found("中国外交部发言人表示，习近平将出访。") == ["外交部=mfa", "习近平=xi"]
    assert found("岸田文雄首相は岸田派を解散した。") == ["岸田文雄=kishida", "岸田=kishida"]
    assert found("นายทักษิณเดินทางกลับ") == ["ทักษิณ=thaksin"]
    assert found("NATO的东扩") == ["NATO=nato"]  # a spaced-script name may touch an unspaced letter


def test_names_in_spaced_scripts_stay_whole_words() -> None:
    assert found("Путіна запитали, а Путінові ні; Путіну відповіли") == ["Путіна=putin", "Путіну=putin"]
    assert found("NATOs and XNATO") == []
    assert found("قال البرهان إن") == ["البرهان=burhan"]
    assert found("والبرهانية") == []


def test_the_sentence_around_a_mention_in_chinese_and_cyrillic() -> None:
    text = "第一句话。中国外交部发言人表示反对。第三句。"
    start = text.index("外交部")
    assert sentence_around(text, start, start + 3) == "中国外交部发言人表示反对。"
    text = "Перше речення. Зеленський заявив про мир. Третє."
    start = text.index("Зеленський")
    assert sentence_around(text, start, start + 10) == "Зеленський заявив про мир."


def test_a_chinese_site_links_names_inside_sentences(make_site) -> None:
    root = make_site({
        "site.yaml": "title: 解读\nlanguage: zh\n",
        "content/actors/mfa.md": "---\nname: 外交部\nkind: organization\n---\n中国外交部。\n",
        "content/articles/a.md": "---\ntitle: 声明\ndate: 2024-01-02\nsummary: 摘要。\n---\n"
                                 "中国外交部发言人周二表示反对。\n",
    })
    build_site(root)
    links = page(root / "public", "articles/a/").cssselect(".prose a.actor-link")
    assert [(a.text_content(), a.get("href")) for a in links] == [("外交部", "../../actors/mfa/")]
    quote = page(root / "public", "actors/mfa/").cssselect(".mentions blockquote")[0].text_content().strip()
    assert quote == "中国外交部发言人周二表示反对。"
