"""Rendering: multipart/alternative, Turkish headers that survive parsing, hostile text."""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from radar_core.config import Settings
from reports.digest import Digest, DigestAlert, EvidenceItem, merge_group_alerts
from reports.mail_render import (
    digest_message_id,
    message_bytes,
    render_digest,
    subject_of,
)
from tests.reports.conftest import NOW

HOSTILE = '<script>alert("x")</script><img src=x onerror="alert(1)">'


def _alert(alert_id: int = 7, **kw: object) -> DigestAlert:
    values: dict[str, object] = dict(
        alert_id=alert_id, company="Şahin Gıda İnşaat AŞ", client_id="c1",
        title="Şahin Gıda: dava açıldı", polarity="risk", score=72.4, severity="high",
        rule_id="r1", rule_description="Dava açılan müşteri",
        why="Müşteriye ticari alacak davası açıldı; kredi riskini gözden geçirin.",
        evidence=(EvidenceItem(text="Şahin Gıda aleyhine 12 milyon TL'lik dava açıldı.",
                               url="https://haber.example/a?x=1&y=2", source="Haber Sitesi",
                               published="2026-11-22T22:30:00", event_type="lawsuit",
                               amount={"value": 12000000, "currency": "TRY"}, event_id=41),),
        reason="portfolio",
    )
    values.update(kw)
    return DigestAlert(**values)  # type: ignore[arg-type]


def _parse(msg: EmailMessage) -> EmailMessage:
    parsed = message_from_bytes(message_bytes(msg), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _parts(msg: EmailMessage) -> tuple[str, str]:
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


@pytest.fixture
def rendered(settings: Settings) -> EmailMessage:
    digest = Digest(recipient="ayse@bank.example", alerts=[_alert()],
                    recipient_name="Ayşe Yılmaz Ş Ğ İ ı")
    return _parse(render_digest(digest, settings, NOW))


def test_multipart_alternative_with_both_parts(rendered: EmailMessage) -> None:
    assert rendered.get_content_type() == "multipart/alternative"
    types = [p.get_content_type() for p in rendered.iter_parts()]
    assert types == ["text/plain", "text/html"]
    plain, html = _parts(rendered)
    for body in (plain, html):
        assert "Bugün neden aramalı?" in body
        assert "Şahin Gıda İnşaat AŞ" in body
        assert "kredi riskini gözden geçirin" in body
        assert "23.11.2026" in body  # published 22:30 UTC is the 23rd in Istanbul
        assert "Yüksek" in body and "72" in body
        assert "12.000.000 TL" in body  # Turkish money format: 1.234.567,89 TL
    assert "https://radar.bank.example/alerts/7" in plain
    assert 'href="https://radar.bank.example/alerts/7"' in html
    assert 'href="https://haber.example/a?x=1&amp;y=2"' in html
    # the stored copy in the review queue, which opens even when the original is gone
    assert "Kayıtlı kopya: https://radar.bank.example/evidence/41#evidence" in plain
    assert 'href="https://radar.bank.example/evidence/41#evidence"' in html


def test_utf8_headers_survive_a_round_trip(rendered: EmailMessage) -> None:
    assert "Şahin Gıda İnşaat AŞ" in str(rendered["Subject"])
    assert "1 risk" in str(rendered["Subject"])
    sender = rendered["From"].addresses[0]
    assert sender.display_name == "Radar Uyarı Ş Ğ İ ı"
    assert sender.addr_spec == "radar@bank.example"
    to = rendered["To"].addresses[0]
    assert to.display_name == "Ayşe Yılmaz Ş Ğ İ ı" and to.addr_spec == "ayse@bank.example"
    assert rendered["Date"].datetime.year == 2026
    # On the wire, headers are ASCII (RFC 2047 encoded words).
    raw_headers = message_bytes(rendered).split(b"\r\n\r\n", 1)[0]
    raw_headers.decode("ascii")


def test_manage_link_and_list_unsubscribe(rendered: EmailMessage) -> None:
    _, html = _parts(rendered)
    assert "Uyarı tercihlerini yönet" in html
    assert 'href="https://radar.bank.example/preferences?email=ayse@bank.example"' in html
    unsubscribe = str(rendered["List-Unsubscribe"])
    assert "<https://radar.bank.example/unsubscribe?email=ayse@bank.example>" in unsubscribe
    assert "mailto:radar@bank.example" in unsubscribe


def test_message_id_depends_on_recipient_and_alert_ids_only(settings: Settings) -> None:
    first = render_digest(Digest("ayse@bank.example", [_alert(1), _alert(2)]), settings, NOW)
    later = NOW.replace(hour=NOW.hour + 3)
    again = render_digest(Digest("ayse@bank.example", [_alert(2), _alert(1)]), settings, later)
    other = render_digest(Digest("mehmet@bank.example", [_alert(1), _alert(2)]), settings, NOW)
    assert first["Message-ID"] == again["Message-ID"]
    assert first["Message-ID"] != other["Message-ID"]
    assert first["Message-ID"] == digest_message_id("ayse@bank.example", [1, 2], settings)
    assert re.fullmatch(r"<radar\.[0-9a-f]{40}@bank\.example>", first["Message-ID"])


def test_rendering_is_deterministic(settings: Settings) -> None:
    digest = Digest("ayse@bank.example", [_alert(1)])
    assert message_bytes(render_digest(digest, settings, NOW)) == message_bytes(
        render_digest(digest, settings, NOW))




@pytest.mark.parametrize("language", ["tr", "en"])
def test_hostile_text_never_executes(settings: Settings, language: str) -> None:
    evidence = (
        EvidenceItem(text=HOSTILE, url="javascript:alert(document.cookie)", source=HOSTILE,
                     published="<b>dün</b>", event_type=HOSTILE),
        EvidenceItem(text="ikinci", url="data:text/html,<script>alert(1)</script>",
                     source="x", published=None, event_type=None),
        EvidenceItem(text="üçüncü", url='https://ok.example/"><script>alert(1)</script>',
                     source="y", published=None, event_type=None),
    )
    alert = _alert(company=HOSTILE, title=HOSTILE + "\r\nBcc: victim@example.com",
                   why=HOSTILE, rule_description=HOSTILE, evidence=evidence,
                   related_client_id=HOSTILE)
    digest = Digest("ayse@bank.example", [alert], language=language)
    msg = _parse(render_digest(digest, settings, NOW))
    _, html = _parts(msg)
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert 'href="javascript:' not in lowered and "href='javascript:" not in lowered
    assert 'href="data:' not in lowered
    assert not re.search(r"<[^>]*\sonerror\s*=", lowered)
    assert "&lt;script&gt;" in html
    # The only hrefs are http(s); the quote inside the third URL stays inside its attribute.
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    assert "https://ok.example/&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in hrefs
    # Newlines in crawled text cannot inject headers.
    assert msg["Bcc"] is None
    assert "\n" not in str(msg["Subject"])


def test_empty_digest_says_so(settings: Settings) -> None:
    msg = _parse(render_digest(Digest("ayse@bank.example", []), settings, NOW))
    plain, html = _parts(msg)
    assert "yeni uyarı yok" in plain and "yeni uyarı yok" in html
    assert "yeni uyarı yok" in str(msg["Subject"])
    english = _parse(render_digest(Digest("ayse@bank.example", [], language="en"), settings, NOW))
    plain, html = _parts(english)
    assert "No new alerts for your portfolio today." in plain and "No new alerts" in html
    assert str(english["Subject"]) == "Radar daily digest 2026-11-23: no new alerts"
    assert "prepared 2026-11-23 09:30 Istanbul time" in plain


@pytest.mark.parametrize("names", [
    ["Birinci AŞ", "Yavru AŞ"],  # CPython's own folding turns this into "BirinciAŞ"
    ["Birinci AŞ", "Yavru Üretim Ltd Şti", "Ilıca Gıda ve İçecek AŞ", "Ötekiler"],
])
def test_turkish_subject_keeps_every_space(settings: Settings, names: list[str]) -> None:
    alerts = [_alert(i, company=n, polarity="risk" if i == 0 else "opportunity")
              for i, n in enumerate(names)]
    msg = render_digest(Digest("ayse@bank.example", alerts), settings, NOW)
    expected = subject_of(msg)
    assert ", ".join(names[:3]) in expected
    assert str(_parse(msg)["Subject"]) == expected
    assert all(len(line) <= 78 for line in message_bytes(msg).split(b"\r\n"))



def test_merged_entry_names_the_group_and_links_both_alerts(settings: Settings) -> None:
    """A group alert folded into its direct alert: one entry, both firms, both links."""
    direct = _alert(7, company="Toros Enerji AŞ", event_ids=(5,))
    group = _alert(8, company="Toros Enerji AŞ", event_ids=(5,), groups=("Toros Holding AŞ (C3)",))
    merged = merge_group_alerts([group, direct])
    assert [a.alert_id for a in merged] == [7] and merged[0].merged_alert_ids == (8,)
    digest = Digest(recipient="ayse@bank.example", alerts=merged)
    assert digest.alert_ids == [7, 8]
    plain, html = _parts(_parse(render_digest(digest, settings, NOW)))
    for body in (plain, html):
        assert "Toros Holding AŞ (C3)" in body and body.count("Toros Enerji AŞ") >= 1
        assert "/alerts/7" in body and "/alerts/8" in body
    # another client's or another fact's group alert stays its own entry
    elsewhere = _alert(9, client_id="c2", event_ids=(5,), groups=("G (C3)",))
    other_fact = _alert(10, event_ids=(6,), groups=("G (C3)",))
    assert [a.alert_id for a in merge_group_alerts([direct, elsewhere, other_fact])] == [7, 9, 10]
