"""Sources page: ingested articles with their events, imported files."""

from __future__ import annotations

from tests.dashboard_fixture import XSS_QUOTE, build_dashboard_db, open_page, texts, widget


def test_articles_imports_and_article_detail(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "sources", {"pair": "BLR-POL", "source": "2"})
    assert not at.exception
    articles, detail, imports = (d.value for d in at.dataframe)
    assert dict(zip(articles["title"], articles["events"], strict=True)) == {
        "Border crisis deepens": 3, "Belarus and Poland hold military consultations": 2}
    assert widget(at, "selectbox", "Article detail").value == 2
    assert XSS_QUOTE in set(detail["evidence"])  # dataframes show text as text
    assert imports["file"].tolist() == ["20191024143000.export.CSV"]
    assert "Border crisis deepens" in texts(at)
    assert at.query_params["source"] == "2"


def test_sources_of_other_pair(db_url: str) -> None:
    build_dashboard_db(db_url).dispose()
    at = open_page(db_url, "sources", {"pair": "BLR-LTU"})
    assert not at.exception
    assert at.dataframe[0].value["outlet"].tolist() == ["LRT"]
    assert "No imported" in texts(at)
