"""The demo website: two news outlets (RSS and Atom), a tender board, a complaint site.

Content lives in ``content.yml`` and HTML in ``templates/`` (Jinja2, autoescaped, so a
hostile title is shown as text). Dates are relative to the day the server starts, so
the site looks fresh on any day and stays byte-stable within that day (a re-crawl the
same day gets 304s and stores nothing new).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, select_autoescape

from crawlers.demo_site.server import Page, SiteServer

HERE = Path(__file__).parent
CONTENT_FILE = HERE / "content.yml"
ISTANBUL = timezone(timedelta(hours=3))
TR_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
             "Eylül", "Ekim", "Kasım", "Aralık")
TR_WEEKDAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PLACEHOLDER = re.compile(r"\{\{(date|iso|num):(-?\d+)\}\}")
LISTING_PAGE_SIZE = {"ihale": 3, "sikayet": 4}


def tr_date(day: date) -> str:
    """Turkish long date as news sites print it: ``12 Mart 2021 Perşembe``."""
    return f"{day.day} {TR_MONTHS[day.month - 1]} {day.year} {TR_WEEKDAYS[day.weekday()]}"


def rfc822(moment: datetime) -> str:
    """RSS ``pubDate`` (RFC 822) in the +0300 zone, independent of the process locale."""
    return (f"{EN_DAYS[moment.weekday()]}, {moment.day:02d} {EN_MONTHS[moment.month - 1]} "
            f"{moment.year} {moment:%H:%M:%S} +0300")


def relative_tr(days_ago: int) -> str:
    """Complaint sites print ages, not dates: ``bugün``, ``dün``, ``5 gün önce``."""
    if days_ago <= 0:
        return "bugün"
    if days_ago == 1:
        return "dün"
    return f"{days_ago} gün önce"


def fill_dates(text: str, today: date) -> str:
    """Replace ``{{date:-3}}`` (Turkish), ``{{iso:-3}}`` and ``{{num:-3}}`` (dd.mm.yyyy)."""

    def repl(match: re.Match[str]) -> str:
        day = today + timedelta(days=int(match.group(2)))
        kind = match.group(1)
        if kind == "iso":
            return day.isoformat()
        if kind == "num":
            return f"{day:%d.%m.%Y}"
        return tr_date(day)

    return _PLACEHOLDER.sub(repl, text)


@dataclass
class DemoSite:
    """Renders every page of the demo site for one base URL and one day."""

    base_url: str
    today: date

    def __post_init__(self) -> None:
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"),
                               autoescape=select_autoescape(["html", "xml"]))
        self.content: dict[str, Any] = yaml.safe_load(CONTENT_FILE.read_text(encoding="utf-8"))

    def _moment(self, day_offset: int, index: int) -> datetime:
        # Stable per article: a fixed hour derived from its position, Istanbul time.
        clock = time(8 + index % 10, (index * 17) % 60)
        return datetime.combine(self.today + timedelta(days=day_offset), clock, ISTANBUL)

    def _common(self, outlet: str | None = None) -> dict[str, Any]:
        meta = self.content["outlets"].get(outlet or "", {})
        return {
            "site_name": meta.get("name", "Radar Demo Portalı"),
            "tagline": meta.get("tagline", "Ekonomi, ihale ve tüketici haberleri"),
            "home": f"{self.base_url}/{outlet}/" if outlet else f"{self.base_url}/",
            "year": self.today.year,
            "charset": "utf-8",
        }

    def articles(self, outlet: str) -> list[dict[str, Any]]:
        out = []
        for index, raw in enumerate(self.content["articles"]):
            if raw["outlet"] != outlet:
                continue
            moment = self._moment(raw["day"], index)
            out.append({
                **raw,
                "title": fill_dates(raw["title"], self.today),
                "lead": fill_dates(raw["lead"], self.today),
                "body": [fill_dates(p, self.today) for p in raw["body"]],
                "url": f"{self.base_url}/{outlet}/{raw['slug']}",
                "path": f"/{outlet}/{raw['slug']}",
                "guid": f"tag:demo,{outlet}:{raw['slug']}",
                "moment": moment,
                "iso": moment.isoformat(),
                "rfc822": rfc822(moment),
                "tr_date": tr_date(moment.date()),
                "clock": f"{moment:%H:%M}",
                # The Atom outlet prints dates only as text, like many small sites.
                "meta_date": outlet == "haber",
            })
        out.sort(key=lambda a: a["moment"], reverse=True)
        return out

    def pages(self) -> dict[str, Page]:
        """Every resource of the site, keyed by path."""
        pages: dict[str, Page] = {}
        now = datetime.combine(self.today, time(6, 0), ISTANBUL)
        for outlet, meta in self.content["outlets"].items():
            articles = self.articles(outlet)
            ctx = self._common(outlet)
            feed_path = f"/{outlet}/rss.xml" if meta["feed"] == "rss" else f"/{outlet}/atom.xml"
            ctx["feed_url"] = self.base_url + feed_path
            ctx["feed_type"] = ("application/rss+xml" if meta["feed"] == "rss"
                                else "application/atom+xml")
            newest = max(a["moment"] for a in articles)
            feed = self.env.get_template(f"{meta['feed']}.xml").render(
                articles=articles, build_date=rfc822(newest), build_iso=newest.isoformat(), **ctx)
            pages[feed_path] = Page(feed.encode("utf-8"),
                                    f"{ctx['feed_type']}; charset=utf-8", newest)
            pages[f"/{outlet}/"] = self._html("outlet.html", newest, articles=articles, **ctx)
            for article in articles:
                related = [a for a in articles if a is not article][:3]
                charset = article.get("encoding", "utf-8")
                pages[article["path"]] = self._html("article.html", article["moment"],
                                                    a=article, related=related,
                                                    **{**ctx, "charset": charset})
        self._listing_pages(pages, "ihale", self.tenders(), "tender_list.html", "tender.html", "t")
        self._listing_pages(pages, "sikayet", self.complaints(), "complaint_list.html",
                            "complaint.html", "c")
        pages["/tesvik/belgeler.csv"] = Page(self.incentives_csv().encode("utf-8"),
                                             "text/csv; charset=utf-8", now)
        pages["/robots.txt"] = Page(
            (f"User-agent: *\nDisallow: /yonetim/\nDisallow: /arama\n\n"
             f"Sitemap: {self.base_url}/sitemap.xml\n").encode(), "text/plain; charset=utf-8", now)
        pages["/sitemap.xml"] = Page(self.sitemap(pages).encode("utf-8"),
                                     "application/xml; charset=utf-8", now)
        pages["/"] = self._html("outlet.html", now, articles=self.articles("haber")[:5],
                                feed_url=self.base_url + "/haber/rss.xml",
                                feed_type="application/rss+xml", **self._common())
        pages["/yonetim/"] = Page(b"<html><body>Yetkisiz alan</body></html>")
        return pages

    def _html(self, template: str, modified: datetime, **ctx: Any) -> Page:
        charset = ctx.setdefault("charset", "utf-8")
        html = self.env.get_template(template).render(**ctx)
        return Page(html.encode(charset, "xmlcharrefreplace"), f"text/html; charset={charset}",
                    modified)

    def tenders(self) -> list[dict[str, Any]]:
        out = []
        for raw in sorted(self.content["tenders"], key=lambda t: t["day"], reverse=True):
            day = self.today + timedelta(days=raw["day"])
            deadline = day + timedelta(days=raw["deadline"]) if raw["deadline"] else None
            out.append({**raw, "path": f"/ihale/ilan/{raw['slug']}", "num_date": f"{day:%d.%m.%Y}",
                        "deadline": f"{deadline:%d.%m.%Y} 10:00" if deadline else "",
                        "text": [fill_dates(p, self.today) for p in raw["text"]],
                        "moment": self._moment(raw["day"], 0)})
        return out

    def complaints(self) -> list[dict[str, Any]]:
        out = []
        for index, raw in enumerate(sorted(self.content["complaints"], key=lambda c: -c["day"])):
            out.append({**raw, "path": f"/sikayet/{raw['slug']}",
                        "relative": relative_tr(-raw["day"]), "support": 3 + (index * 7) % 40,
                        "text": [fill_dates(p, self.today) for p in raw["text"]],
                        "moment": self._moment(raw["day"], index)})
        return out

    def _listing_pages(self, pages: dict[str, Page], prefix: str, items: list[dict[str, Any]],
                       list_template: str, item_template: str, var: str) -> None:
        size = LISTING_PAGE_SIZE[prefix]
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        ctx = self._common()

        def page_path(n: int) -> str:
            return f"/{prefix}/" if n == 1 else f"/{prefix}/sayfa/{n}/"

        for n, chunk in enumerate(chunks, start=1):
            pages[page_path(n)] = self._html(
                list_template, max(i["moment"] for i in chunk), page=n, pages=len(chunks),
                prev=page_path(n - 1) if n > 1 else None,
                next=page_path(n + 1) if n < len(chunks) else None,
                **{("tenders" if prefix == "ihale" else "complaints"): chunk}, **ctx)
        for item in items:
            pages[item["path"]] = self._html(item_template, item["moment"], **{var: item}, **ctx)

    def incentives_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["belge_tarihi", "firma", "il", "sektor", "yatirim_cinsi", "tutar_tl",
                         "istihdam"])
        for raw in self.content["incentives"]:
            day = self.today + timedelta(days=raw["day"])
            writer.writerow([f"{day:%d.%m.%Y}", raw["firm"], raw["city"], raw["sector"],
                             raw["investment"], raw["amount_try"], raw["jobs"]])
        return buf.getvalue()

    def sitemap(self, pages: dict[str, Page]) -> str:
        rows = []
        for path, page in sorted(pages.items()):
            if page.content_type.startswith("text/html") and page.last_modified:
                lastmod = page.last_modified.astimezone(UTC).date().isoformat()
                rows.append(f"<url><loc>{self.base_url}{path}</loc>"
                            f"<lastmod>{lastmod}</lastmod></url>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "\n".join(rows) + "\n</urlset>\n")


class DemoServer(SiteServer):
    """The demo website served on 127.0.0.1; ``today`` fixes the dates it shows."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, today: date | None = None) -> None:
        self.today = today or datetime.now(ISTANBUL).date()
        self._pages: dict[str, Page] = {}
        super().__init__(self._pages.get, host, port)
        # Pages need the bound URL (feeds carry absolute links), so render after binding.
        self._pages.update(DemoSite(self.url, self.today).pages())

    @property
    def paths(self) -> list[str]:
        return sorted(self._pages)

    def __enter__(self) -> DemoServer:
        return self


def serve(host: str = "127.0.0.1", port: int = 0, today: date | None = None) -> DemoServer:
    """Start the demo website in a background thread; ``.url`` is its base, ``.stop()`` ends it."""
    return DemoServer(host, port, today)
