"""Every input format reads into the right Article: metadata, headline and body.

The fixtures in ``tests/fixtures`` are small articles we wrote; directories are read
recursively; feeds and pages are also read over HTTP from a local server.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.readers import Overrides, iter_inputs, read_path, read_text, read_url
from pipeline.types import Article, InputError
from tests.fixtures.local_http import local_server

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = FIXTURES / "articles"
MD = ARTICLES / "2021" / "june" / "border-talks.md"
HTML = ARTICLES / "page.html"
JSON_LIST = ARTICLES / "statements.json"
JSONL = ARTICLES / "feeds" / "wire.jsonl"
RSS = ARTICLES / "feeds" / "news.rss"
ATOM = ARTICLES / "feeds" / "updates.atom"
BARE = FIXTURES / "bare_headline.txt"
LEAK_MARKERS = ("SCRIPT-LEAK-MARKER", "STYLE-LEAK-MARKER", "trackingPixel", "document.write",
                "font-family", "NewsArticle", "analytics(")


def only(items: list[Article]) -> Article:
    assert len(items) == 1, items
    return items[0]


def test_markdown_front_matter_gives_all_metadata() -> None:
    art = only(read_path(MD))
    assert art.title == "Polish and Belarusian border guards meet in Terespol"
    assert art.published == dt.date(2021, 6, 14)
    assert art.url == "https://example.org/news/2021/06/border-talks"
    assert art.outlet == "Example Border Review"
    assert art.language == "en"
    assert art.origin == str(MD)
    assert art.text.startswith("Polish Deputy Foreign Minister Marcin Przydacz met")
    assert art.text.rstrip().endswith("before the summer season.")
    assert "---" not in art.text and "outlet:" not in art.text


def test_bare_text_first_nonempty_line_is_the_headline() -> None:
    art = only(
        read_path(BARE, published=dt.date(2021, 3, 11), url="https://x.test/a", outlet="Desk")
    )
    assert art.title == "Warsaw summons Belarusian charge d'affaires over detained journalist"
    assert art.published == dt.date(2021, 3, 11)
    assert art.url == "https://x.test/a"
    assert art.outlet == "Desk"
    assert art.text.startswith("The Polish Ministry of Foreign Affairs summoned")
    assert "over detained journalist" not in art.text
    assert "Zbigniew Rau" in art.text


def test_bare_text_without_a_date_is_refused_by_name() -> None:
    with pytest.raises(InputError) as info:
        read_path(BARE)
    assert str(BARE) in str(info.value)
    assert "--published" in str(info.value)


def test_markdown_heading_becomes_headline_of_pasted_text() -> None:
    art = read_text("# Minsk and Warsaw talk\n\nThe two sides met.", published=dt.date(2020, 1, 2))
    assert art.title == "Minsk and Warsaw talk"
    assert art.text == "The two sides met."
    assert art.origin == "<paste>"


def test_command_line_overrides_win_over_front_matter() -> None:
    art = only(read_path(MD, published=dt.date(2021, 6, 15), outlet="Override Outlet"))
    assert art.published == dt.date(2021, 6, 15)
    assert art.outlet == "Override Outlet"
    assert art.url == "https://example.org/news/2021/06/border-talks"  # not overridden


def test_html_main_text_and_metadata_without_scripts_styles_or_navigation() -> None:
    art = only(read_path(HTML))
    assert art.title == "Minsk expels Polish diplomat"
    assert art.published == dt.date(2021, 3, 25)
    assert art.outlet == "Example Daily"
    assert art.url == "https://example.com/world/minsk-expels-polish-diplomat"
    assert "ordered the Polish consul in Brest to leave Belarus" in art.text
    assert "Lukasz Jasina" in art.text
    assert "offered shelter to opposition activists" in art.text
    for marker in LEAK_MARKERS:
        assert marker not in art.text, marker
    assert "Sport" not in art.text and "All rights reserved" not in art.text
    assert not art.text.startswith("Minsk expels Polish diplomat")  # headline not repeated


def test_html_with_only_scripts_and_styles_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "scripts.html"
    page.write_text(
        "<html><head><style>p{color:red}</style></head><body>"
        + "<script>var a = 'SCRIPT-LEAK-MARKER';</script>" * 50
        + "</body></html>"
    )
    items = list(iter_inputs(str(page)))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert str(page) in str(items[0]) and "no article text" in str(items[0])


def test_json_list_gives_one_article_per_object_with_indexed_origin() -> None:
    arts = read_path(JSON_LIST)
    assert [a.title for a in arts] == [
        "Lukashenko warns Poland over troops at the border",
        "Polish defence minister answers Minsk",
    ]
    assert [a.published for a in arts] == [dt.date(2021, 11, 9), dt.date(2021, 11, 10)]
    assert arts[0].url == "https://example.net/2021/11/09/lukashenko-warns-poland"
    assert arts[0].outlet == "Example Wire"
    assert arts[0].text.startswith("Belarusian President Alexander Lukashenko said")
    assert [a.origin for a in arts] == [f"{JSON_LIST}[1]", f"{JSON_LIST}[2]"]


def test_json_single_object_and_articles_key(tmp_path: Path) -> None:
    obj = {"title": "T", "text": "First line stays in the body.\nSecond.", "published": "2020-05-01"}
    single = tmp_path / "one.json"
    single.write_text(json.dumps(obj))
    art = only(read_path(single))
    assert art.title == "T"
    assert art.text.startswith("First line stays in the body.")
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [obj, {**obj, "title": "U"}]}))
    assert [a.title for a in read_path(wrapped)] == ["T", "U"]


def test_json_without_title_keeps_the_first_line_in_the_body(tmp_path: Path) -> None:
    path = tmp_path / "untitled.json"
    path.write_text(json.dumps({"text": "Minsk said so.\nWarsaw disagreed.", "published": "2020-05-01"}))
    art = only(read_path(path))
    assert art.title is None
    assert art.text == "Minsk said so.\nWarsaw disagreed."


def test_jsonl_one_article_per_line_with_line_numbers() -> None:
    arts = read_path(JSONL)
    assert [a.title for a in arts] == [
        "Poland closes border crossing at Kuznica",
        "Belarus and Poland hold consultations in Minsk",
    ]
    assert [a.origin for a in arts] == [f"{JSONL}:1", f"{JSONL}:2"]
    assert arts[1].published == dt.date(2019, 5, 17)
    assert "Kuznica border crossing" in arts[0].text


def test_rss_feed_entries_with_content_and_summary() -> None:
    arts = read_path(RSS)
    assert [a.title for a in arts] == [
        "Belarusian and Polish foreign ministers speak by phone",
        "Poland protests over detention of activist in Belarus",
    ]
    assert [a.published for a in arts] == [dt.date(2020, 1, 20), dt.date(2021, 3, 24)]
    assert arts[0].url == "https://example.info/2020/01/20/phone-call"
    assert arts[0].outlet == "Example Eastern Europe Desk"
    # content:encoded HTML becomes text; its paragraphs stay separate sentences
    assert "on Monday.\n\nThey discussed the preparation of a visit" in arts[0].text
    assert "<p>" not in arts[0].text and "<b>" not in arts[0].text
    assert "Andrzej Poczobut" in arts[1].text  # from <description>


def test_atom_feed_entry() -> None:
    art = only(read_path(ATOM))
    assert art.title == "Polish president meets Belarusian delegation in Warsaw"
    assert art.published == dt.date(2019, 9, 1)
    assert art.url == "https://example.info/atom/2019/09/01/duda-delegation"
    assert art.outlet == "Example Atom Desk"
    assert art.text.startswith("Polish President Andrzej Duda met the Speaker")


def test_feed_content_is_sniffed_when_the_suffix_says_text(tmp_path: Path) -> None:
    disguised = tmp_path / "feed.txt"
    disguised.write_bytes(RSS.read_bytes())
    assert len(read_path(disguised)) == 2


def test_directory_is_read_recursively_skipping_hidden_and_unknown_files(tmp_path: Path) -> None:
    arts = read_path(ARTICLES)
    origins = {a.origin for a in arts}
    assert len(arts) == 9
    assert str(MD) in origins  # two levels down
    assert f"{JSONL}:2" in origins
    assert "https://example.info/atom/2019/09/01/duda-delegation" in origins
    titles = {a.title for a in arts}
    assert "Minsk expels Polish diplomat" in titles

    tree = tmp_path / "tree"
    (tree / "a" / "b").mkdir(parents=True)
    (tree / "a" / "b" / "deep.md").write_text(MD.read_text())
    (tree / ".hidden.md").write_text("not an article at all")
    (tree / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert [a.origin for a in read_path(tree)] == [str(tree / "a" / "b" / "deep.md")]


def test_empty_directory_and_missing_path_are_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (err,) = list(iter_inputs(str(empty)))
    assert isinstance(err, InputError) and "holds no files" in str(err)
    (err,) = list(iter_inputs(str(tmp_path / "nope.txt")))
    assert isinstance(err, InputError) and "no such file" in str(err)


def test_non_http_schemes_are_refused() -> None:
    for target in ("file:///etc/passwd", "ftp://example.org/a.txt"):
        (err,) = list(iter_inputs(target))
        assert isinstance(err, InputError)
        assert target in str(err) and "only http and https" in str(err)
    with pytest.raises(InputError):
        read_url("file:///etc/passwd")


def test_feed_page_and_text_served_over_http() -> None:
    with local_server() as srv:
        feed = read_url(srv.url("/feed.rss"))
        atom = read_url(srv.url("/feed.atom"))
        page = only(read_url(srv.url("/page.html")))
        text = only(read_url(srv.url("/article.md")))
        redirected = only(read_url(srv.url("/to-page")))
    assert [a.published for a in feed] == [dt.date(2020, 1, 20), dt.date(2021, 3, 24)]
    assert feed[0].outlet == "Example Eastern Europe Desk"
    assert only(atom).title == "Polish president meets Belarusian delegation in Warsaw"
    assert page.title == "Minsk expels Polish diplomat"
    assert page.published == dt.date(2021, 3, 25)
    for marker in LEAK_MARKERS:
        assert marker not in page.text
    assert text.title == "Polish and Belarusian border guards meet in Terespol"
    assert text.url == "https://example.org/news/2021/06/border-talks"  # front matter wins
    assert redirected.title == "Minsk expels Polish diplomat"  # http redirect followed


def test_iter_inputs_keeps_going_after_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_text("")
    (tmp_path / "b_good.md").write_text(MD.read_text())
    items = list(iter_inputs(str(tmp_path), Overrides()))
    assert isinstance(items[0], InputError) and "a_empty.txt: empty file" in str(items[0])
    assert isinstance(items[1], Article) and items[1].published == dt.date(2021, 6, 14)


def test_pages_and_feeds_in_their_declared_legacy_encodings() -> None:
    page = only(read_path(FIXTURES / "encodings" / "minsk-cp1251.html"))
    assert page.title == "Мінск і Варшава правялі кансультацыі"
    assert page.published == dt.date(2019, 3, 5)
    assert "міністэрстваў абароны Беларусі і Польшчы" in page.text
    assert "SCRIPT-LEAK-MARKER" not in page.text
    feed = only(read_path(FIXTURES / "encodings" / "polish-iso-8859-2.rss"))
    assert feed.title == "Łukaszenka o stosunkach z Polską"
    assert feed.outlet == "Przykładowy serwis"
    assert "Polska chce przejąć obwód grodzieński" in feed.text
    with local_server() as srv:
        served = only(read_url(srv.url("/cp1251")))
    assert served.title == page.title and served.text == page.text


def test_an_unknown_declared_encoding_is_named(tmp_path: Path) -> None:
    page = tmp_path / "odd.html"
    page.write_bytes(b'<html><head><meta charset="klingon-8"></head><body><p>Hi</p></body></html>')
    (err,) = list(iter_inputs(str(page)))
    assert isinstance(err, InputError)
    assert str(err) == f"{page}: declares an unknown encoding 'klingon-8'"
