"""``radar sources validate`` finds what would only fail during a crawl, all at once.

Each bad file below was a source that used to pass validation and then crawl nothing:
a misspelt ``${NAME}``, a selector parsel cannot compile, a cron field the scheduler
refuses, a table template with a broken brace or a misspelt column.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawlers.sources import default_sources_path, load_sources, template_columns
from radar.cli import main
from radar_core.errors import DeclaredError

# Line numbers matter: the asserts below name them.
SEVERAL = """\
variables:
  SITE: the site's base URL
sources:
  - name: tenders
    family: listing
    source_type: tender
    start_urls: ["${SITE}/ihale/", "${SITEE}/arsiv/"]
    schedule: "61 * * * *"
    listing:
      items: "css:table.ihale a[href"
      next_page: "xpath://a[@class='next'"
    detail:
      title: "css:h1::text"
      published: "css:time::tarih"
      fields:
        buyer: "xpath://dd[@class='idare']/text()"
        city: "xpath:x:il/text()"
  - name: grants
    family: table
    source_type: incentive
    start_urls: ["${SITE}/tesvik.csv"]
    schedule: "0 7 * * 1-5"
    reliability: 3
    table:
      columns: [firma, il, tutar]
      key: [firma]
      text: "{frma} {il} ilinde {tutar} TL"
"""


def _problems(err: str) -> list[str]:
    return [line for line in err.splitlines() if re.match(r"^\S+:\d+ ", line)]


def test_every_problem_of_a_file_is_listed_with_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "several.yml"
    path.write_text(SEVERAL, encoding="utf-8")
    assert main(["sources", "validate", "--sources", str(path)]) == 2
    err = capsys.readouterr().err
    problems = _problems(err)
    expected = [
        (7, "${SITEE}", "undefined variable"),
        (8, "sources[0].schedule", "'61'"),
        (10, "sources[0].listing.items", "broken CSS selector"),
        (11, "sources[0].listing.next_page", "broken XPath selector"),
        (14, "sources[0].detail.published", "pseudo-element ::tarih is unknown"),
        (17, "sources[0].detail.fields.city", "Undefined namespace prefix"),
        (23, "sources[1].reliability", "must be <= 1"),
        (27, "sources[1].table.text", "'frma' not in table.columns"),
    ]
    assert len(problems) == len(expected), err
    for line, (number, field, words) in zip(problems, expected, strict=True):
        assert line.startswith(f"{path}:{number} {field}: "), line
        assert words in line, line
    assert "radar: R002: 8 problem(s) in sources" in err
    # The declared ${SITE} needed no value, and the good selectors raised nothing.
    assert "${SITE}:" not in err and "fields.buyer" not in err and "title" not in err


def test_undefined_variable_is_an_error_a_declared_one_is_not(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v.yml"
    body = ("sources:\n  - name: news\n    family: feed\n    source_type: news\n"
            "    start_urls: ['${BASE}/rss']\n")
    path.write_text(body, encoding="utf-8")
    assert main(["sources", "validate", "--sources", str(path)]) == 2
    assert f"{path}:5 ${{BASE}}: undefined variable" in capsys.readouterr().err
    # A value on the command line is enough ...
    assert main(["sources", "validate", "--sources", str(path), "--var", "BASE=http://a.test"]) == 0
    # ... and so is declaring it: validation then needs no live value.
    path.write_text("variables: {BASE: base URL}\n" + body, encoding="utf-8")
    capsys.readouterr()
    assert main(["sources", "validate", "--sources", str(path)]) == 0
    assert "news\tfeed\tnews" in capsys.readouterr().out
    # A crawl still needs the value itself.
    with pytest.raises(DeclaredError, match=r"v.yml:6 \$\{BASE\}: no value given"):
        load_sources(path)


def test_the_demo_sources_declare_their_variable() -> None:
    specs = load_sources(default_sources_path(), {}, placeholders=True)
    assert all(url.startswith("http://demo-url.invalid/") for s in specs for url in s.start_urls)


@pytest.mark.parametrize("selector, words", [
    ("css:div.ilan[", "broken CSS selector 'div.ilan['"),
    ("css:a::atr(href)", "broken CSS selector"),
    ("css:a:hoverr", "pseudo-class :hoverr is unknown"),
    ("xpath://div[@id='x'", "broken XPath selector"),
    ("xpath://div/text(", "broken XPath selector"),
    ("xpath:count(//a", "broken XPath selector"),
    ("div.ilan", "must start with 'css:' or 'xpath:'"),
])
def test_a_broken_selector_is_refused(tmp_path: Path, selector: str, words: str) -> None:
    path = tmp_path / "s.yml"
    path.write_text(
        "sources:\n  - name: notices\n    family: listing\n    source_type: tender\n"
        "    start_urls: ['http://a.test/']\n    listing: {items: 'css:a::attr(href)'}\n"
        f"    detail:\n      text: \"{selector}\"\n", encoding="utf-8")
    with pytest.raises(DeclaredError) as err:
        load_sources(path)
    assert f"{path}:8 sources[0].detail.text: " in str(err.value)
    assert words in str(err.value)


def test_selectors_the_spiders_use_pass() -> None:
    for source in load_sources(default_sources_path(), {"DEMO_URL": "http://127.0.0.1:1"}):
        assert source.name  # the demo's css selectors (::text, ::attr) all compile


@pytest.mark.parametrize("cron, words", [
    ("61 * * * *", "the last value (61) is higher than the maximum value (59)"),
    ("0 24 * * *", "higher than the maximum value (23)"),
    ("*/0 * * * *", "Increment must be higher than 0"),
    ("0 6 * *", "Wrong number of fields; got 4, expected 5"),
])
def test_cron_is_read_by_the_schedulers_parser(tmp_path: Path, cron: str, words: str) -> None:
    path = tmp_path / "c.yml"
    path.write_text("sources:\n  - name: news\n    family: feed\n    source_type: news\n"
                    f"    start_urls: ['http://a.test/rss']\n    schedule: '{cron}'\n",
                    encoding="utf-8")
    with pytest.raises(DeclaredError) as err:
        load_sources(path)
    assert f"{path}:6 sources[0].schedule: cron '{cron}': " in str(err.value)
    assert words in str(err.value)


@pytest.mark.parametrize("template, words", [
    ("{firma} için {il", "expected '}' before end of string"),
    ("{firma}} için", "Single '}' encountered"),
    ("{} için", "needs a column name"),
    ("{0} için", "needs a column name"),
    ("{firma.upper} için", "only plain column names"),
    ("{firma:%d} için", "broken text template"),
])
def test_a_broken_table_template_is_refused(template: str, words: str) -> None:
    with pytest.raises(ValueError, match=re.escape(words)):
        template_columns(template)


def test_table_template_columns_are_parsed() -> None:
    assert template_columns("{Firma} ({Sektör}) {Yatırım Tutarı (TL)} TL, {x:>5}") == [
        "Firma", "Sektör", "Yatırım Tutarı (TL)", "x"]


def test_problems_of_all_files_come_together(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    ok = ("sources:\n  - name: news\n    family: feed\n    source_type: news\n"
          "    start_urls: ['http://a.test/rss']\n")
    (tmp_path / "a.yml").write_text(ok, encoding="utf-8")
    (tmp_path / "b.yml").write_text(ok + "    reliability: 2\n", encoding="utf-8")
    (tmp_path / "c.yml").write_text(ok.replace("a.test", "c.test"), encoding="utf-8")
    (tmp_path / "d.yml").write_text("sources: [\n", encoding="utf-8")
    assert main(["sources", "validate", "--sources", str(tmp_path)]) == 2
    problems = _problems(capsys.readouterr().err)
    assert [p.split(" ", 2)[:2] for p in problems] == [
        [f"{tmp_path / 'b.yml'}:6", "sources[0].reliability:"],
        [f"{tmp_path / 'c.yml'}:2", "sources[0].name:"],
        [f"{tmp_path / 'd.yml'}:2", "(yaml):"],
    ]
    assert f"'news' already declared in {tmp_path / 'a.yml'}" in problems[1]
