"""The source pack: every source validates, crawls its fixture, and probes on a local server.

Each pack source has fixture responses under ``pack_fixtures/NAME/`` written in the
site's documented structure (invented firms and text), and a ``site.yml`` naming the
paths it serves and the documents a crawl must extract. The fixtures are served on
127.0.0.1 with the site's origin rewritten to the local server (in the source and in
the bodies); nothing touches the internet.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import yaml

from crawlers.demo_site.server import Page, SiteServer
from crawlers.pack import pack_path
from crawlers.sources import load_sources
from tests.crawlers.conftest import ROOT, crawl, documents, run_stats

FIXTURES = Path(__file__).with_name("pack_fixtures")
PACK = sorted(p.stem for p in pack_path().glob("*.yml"))


def manifest(name: str) -> dict[str, Any]:
    return yaml.safe_load((FIXTURES / name / "site.yml").read_text(encoding="utf-8"))


def resolver(name: str, base: str) -> Any:
    """Pages of one fixture site; POST bodies pick a page by the source's paging value."""
    site = manifest(name)
    spec = load_sources(pack_path() / f"{name}.yml")[0]
    param = spec.api.page_param if spec.api else None

    def page(entry: dict[str, str]) -> Page:
        body = (FIXTURES / name / entry["file"]).read_bytes()
        return Page(body.replace(site["origin"].encode(), base.encode()), entry["type"])

    def resolve(key: str) -> Page | None:
        path, _, posted = key.partition(" ")
        if posted and param:
            key = f"{path}@{json.loads(posted).get(param, 0)}"
        if key == "/robots.txt":
            return Page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        entry = site["pages"].get(key)
        return page(entry) if entry else None

    return resolve


def local_source(name: str, base: str) -> dict[str, Any]:
    """The pack declaration aimed at ``base``, enabled, without delays or an age cut-off."""
    data = yaml.safe_load((pack_path() / f"{name}.yml").read_text(encoding="utf-8"))
    source = data["sources"][0]
    origin = manifest(name)["origin"]
    source["enabled"] = True
    source["start_urls"] = [u.replace(origin, base) for u in source["start_urls"]]
    if source.get("api", {}).get("url_template"):
        source["api"]["url_template"] = source["api"]["url_template"].replace(origin, base)
    source["politeness"].update(download_delay=0, autothrottle=False, retries=0, timeout=10)
    source.pop("max_age_days", None)  # fixture dates stay put while the calendar moves
    return source


@pytest.fixture(scope="module")
def pack_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """All pack sources crawled once, in one process, each from its own local site."""
    tmp = tmp_path_factory.mktemp("pack")
    with ExitStack() as stack:
        bases: dict[str, str] = {}
        sources = []
        for name in PACK:
            server = stack.enter_context(SiteServer(lambda key, n=name: resolvers[n](key)))
            bases[name] = server.url
            sources.append(local_source(name, server.url))
        resolvers = {name: resolver(name, bases[name]) for name in PACK}
        path = tmp / "pack-local.yml"
        path.write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")
        result = crawl(tmp, path, "http://unused.invalid")
        assert result.returncode == 0, result.stdout + result.stderr
        yield tmp, bases


def test_every_pack_source_is_disabled_validates_and_has_terms_and_a_fixture() -> None:
    sources = load_sources(pack_path())
    assert sorted(s.name for s in sources) == PACK and len(PACK) >= 14
    for source in sources:
        assert source.enabled is False, source.name
        assert source.terms and len(source.terms) > 80, source.name
        assert source.politeness.obey_robots and source.politeness.download_delay >= 3
        assert (FIXTURES / source.name / "site.yml").is_file(), source.name
    types = {s.source_type for s in sources}
    assert {"news", "disclosure", "tender", "court", "registry", "incentive", "patent",
            "complaint", "property"} <= types


def test_the_default_sources_do_not_include_the_pack() -> None:
    from crawlers import default_sources_path

    names = {s.name for s in load_sources(default_sources_path(), placeholders=True)}
    assert not names & set(PACK)


@pytest.mark.parametrize("name", PACK)
def test_pack_source_extracts_its_fixture_documents(pack_crawl: tuple[Path, dict[str, str]],
                                                    name: str) -> None:
    tmp, bases = pack_crawl
    expect = manifest(name)["expect"]
    docs = [d for d in documents(tmp) if d.source == name]
    stats = run_stats(tmp)[name]
    assert len(docs) == expect["count"], (stats, [d.title for d in docs])
    assert not stats.get("broken") and not stats.get("errors"), stats
    by_title = {d.title: d for d in docs}
    for want in expect["documents"]:
        doc = by_title[want["title"]]
        if "published" in want:
            assert doc.published.date().isoformat() == want["published"], doc.published_from
        if expect.get("published_from"):
            assert doc.published_from == expect["published_from"]
        for key, value in want.items():
            if key in {"title", "published", "text_contains", "url"}:
                continue
            assert doc.fields.get(key) == value, (key, doc.fields)
        if "text_contains" in want:
            assert want["text_contains"] in doc.text
        if "url" in want:
            origin = manifest(name)["origin"]
            assert doc.url == want["url"].replace(origin, bases[name])
        assert doc.source_type == load_sources(pack_path() / f"{name}.yml")[0].source_type


def probe(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "radar.cli", "-q", "sources", "probe", *args],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


@pytest.mark.parametrize("name", PACK)
def test_probe_says_the_selectors_hold_on_the_fixture(name: str) -> None:
    with SiteServer(lambda key: resolve(key)) as server:
        resolve = resolver(name, server.url)
        start = local_source(name, server.url)["start_urls"][0]
        result = probe(name, "--url", start)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selectors hold" in result.stdout and "0/" not in result.stdout.split("items")[0]


def test_probe_exits_1_when_the_site_changed_and_2_for_an_unknown_source() -> None:
    changed = {"/robots.txt": Page(b"", "text/plain"),
               "/sikayetler": Page("<html><body><p>Yeni tasarım, eski sınıflar yok.</p>"
                                   "</body></html>".encode())}
    with SiteServer(changed) as server:
        result = probe("sikayetvar", "--url", f"{server.url}/sikayetler")
    assert result.returncode == 1
    assert "items (" in result.stdout and ": 0" in result.stdout
    assert "matched nothing" in result.stderr
    unknown = probe("no-such-source")
    assert unknown.returncode == 2 and "unknown source" in unknown.stderr
    bad = probe("kap-bildirimler", "--url", "ftp://example.invalid/x")
    assert bad.returncode == 2


def test_probe_obeys_robots_txt() -> None:
    pages = {"/robots.txt": Page(b"User-agent: *\nDisallow: /\n", "text/plain"),
             "/rss": Page(b"<rss version='2.0'><channel></channel></rss>", "application/rss+xml")}
    with SiteServer(pages) as server:
        result = probe("ekonomim", "--url", f"{server.url}/rss")
        assert server.requests.paths["/rss"] == 0
    assert result.returncode == 1 and "robots.txt" in result.stdout


def test_enable_copies_the_source_switched_on_and_disable_switches_it_off(tmp_path: Path) -> None:
    mine = tmp_path / "sources"

    def radar(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "radar.cli", "-q", "--data-dir",
                               str(tmp_path / "data"), "sources", *args],
                              capture_output=True, text=True, timeout=60, cwd=ROOT)

    nowhere = radar("enable", "resmi-gazete-ilanlar")
    assert nowhere.returncode == 2 and "--to DIR" in nowhere.stderr
    done = radar("enable", "resmi-gazete-ilanlar", "--to", str(mine))
    assert done.returncode == 0, done.stderr
    copy = mine / "resmi-gazete-ilanlar.yml"
    (source,) = load_sources(copy)
    assert source.enabled and "windows-1254" in copy.read_text(encoding="utf-8")  # comments kept
    listed = radar("list", "--sources", str(mine))
    assert "resmi-gazete-ilanlar\tlisting\tcourt\tenabled" in listed.stdout
    assert "kap-bildirimler\tapi\tdisclosure\tdisabled (pack)" in listed.stdout
    assert radar("disable", "resmi-gazete-ilanlar", "--to", str(mine)).returncode == 0
    assert not load_sources(copy)[0].enabled
    assert "resmi-gazete-ilanlar\tlisting\tcourt\tdisabled\t" in \
        radar("list", "--sources", str(mine)).stdout
    assert radar("enable", "no-such-source", "--to", str(mine)).returncode == 2
