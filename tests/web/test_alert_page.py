"""The alert page: explanation, highlighted evidence, sister outlets, history, hostile text."""

from __future__ import annotations

import re

from radar.web.detail import passage


def test_alert_page_explains_the_alert(login, seeded):
    html = login("ana").get(f"/alerts/{seeded.ayse_alert}").text
    assert "Kuzey Tekstil is adding a production line" in html  # why
    assert "capacity_watch" in html and "v1" in html and "Capacity growth at a client" in html
    assert "event weight" in html and "sum(value × weight)" in html  # score arithmetic
    assert "Scoring version not recorded" in html  # a row written outside the engine
    assert "<mark>Kuzey Tekstil A.Ş. Denizli&#39;deki fabrikasında kapasite artırımına gidiyor.</mark>" in html
    assert "Sektörde hareketli günler." in html  # context around the evidence
    assert 'href="https://news1.example.com/story/1" rel="noopener noreferrer"' in html
    assert "Same story in 1 other outlet" in html and "Kuzey Tekstil&#39;den yeni hat" in html
    assert "Kuzey Tekstil wins export deal" in html  # the firm's history
    assert "12,000,000 EUR" in html


def test_hostile_text_is_escaped_and_never_linked(login, seeded):
    html = login("ana").get(f"/alerts/{seeded.mehmet_alert}").text
    assert "<script>window" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<img" not in html and "&lt;img src=x onerror=" in html
    assert 'href="javascript:' not in html
    queue = login("ana").get("/").text
    assert "<script>window" not in queue and "&lt;script&gt;" in queue


def test_another_rms_alert_is_not_found_and_missing_alert_404(login, seeded):
    assert login("mehmet").get(f"/alerts/{seeded.ayse_alert}").status_code == 404
    assert login("ana").get("/alerts/99999").status_code == 404



def test_passage_marks_evidence_and_falls_back_when_absent():
    text = "Bir. İki  üç dört. Beş."
    found = passage(text, "İki üç dört.")  # whitespace differs from the text
    assert found.found and found.match == "İki  üç dört." and found.before == "Bir. "
    missing = passage(text, "Yok böyle bir cümle.")
    assert not missing.found and missing.match == "Yok böyle bir cümle."
    long = passage("x" * 1000 + " Kanıt burada. " + "y" * 1000, "Kanıt burada.", chars=10)
    assert long.before.startswith("… ") and long.after.endswith(" …") and len(long.before) == 12


def test_explanation_events_are_shown_when_no_event_rows(login, sessions_):
    from radar_core.db.models import Alert
    from tests.web.conftest import NOW

    with sessions_() as session:
        alert = Alert(dedupe_key="x", rule_id="r", rule_version="2", polarity="risk", client_id="C1", firm_key="C1",
                      company="Kuzey", title="From explanation only", score=1.0, severity="low", created_at=NOW,
                      updated_at=NOW, as_of=NOW, explanation={"events": [
                          {"type": "insolvency", "company": "Kuzey", "evidence": "Kuzey konkordato istedi.",
                           "url": "javascript:alert(1)", "source": "gazete", "amount": {"value": 5e6, "currency": "TRY"}},
                          "not a mapping"]})
        session.add(alert)
        session.commit()
        alert_id = alert.id
    html = login("ana").get(f"/alerts/{alert_id}").text
    assert "<mark>Kuzey konkordato istedi.</mark>" in html and "5,000,000 TRY" in html
    assert "javascript:" not in html


def test_engine_alert_shows_recency_basis_feedback_arithmetic_and_version(login, sessions_):
    """An alert the rules engine scored: the page shows each factor's arithmetic and version."""
    from datetime import timedelta

    from radar.pipeline import load_ruleset
    from radar_core.config import load_settings
    from radar_core.db.models import Alert
    from radar_core.records import EventFact
    from rules import Feedback, evaluate
    from tests.web.conftest import NOW

    fact = EventFact(event_id=1, type="investment_incentive", polarity="opportunity", firm_key="C1",
                     client_id="C1", company="Kuzey", confidence=0.9, evidence="Teşvik belgesi.",
                     document_id=1, url=None, source="Teşvik", source_type="incentive",
                     published=None, known_at=NOW, event_date=(NOW - timedelta(days=5)).date())
    feedback = Feedback.from_reviews([("investment_incentive", f"X{i}", "reject", NOW)
                                      for i in range(3)])
    (draft,) = evaluate(load_ruleset(load_settings(environ={})), [fact], as_of=NOW,
                        feedback=feedback)
    with sessions_() as session:
        alert = Alert(dedupe_key=draft.dedupe_key, rule_id=draft.rule_id, rule_version="1",
                      polarity=draft.polarity, client_id="C1", firm_key="C1", company="Kuzey",
                      title=draft.title, score=draft.score, severity=draft.severity,
                      explanation=draft.explanation.to_json(), notify_client_ids=[],
                      created_at=NOW, updated_at=NOW, as_of=NOW,
                      scoring_version=draft.scoring_version)
        session.add(alert)
        session.commit()
        alert_id = alert.id
    client = login("ana")
    html = client.get(f"/alerts/{alert_id}").text
    assert "Scoring v2" in html
    assert f"from the event date {(NOW - timedelta(days=5)).date()}" in html
    assert "rule investment_incentive: 3 rejected, 0 accepted" in html
    assert "Beta(2, 2) prior: (0 + 2) / (0 + 3 + 2 + 2) = 0.286, / prior mean 0.50 = 0.57" in html
    assert f"x 0.57 = {draft.score:.1f}" in html  # the formula with the numbers filled in
    # ... and with the components' names in words, not codes
    assert "score = 100 x rule weight x confidence" in html and "rule_weight" not in html
    # The same arithmetic for a Turkish reader: words from the catalogue, decimal commas,
    # and the reference time in Istanbul time (NOW is 09:00 UTC).
    from radar_core.db.models import User
    with sessions_() as session:
        session.query(User).filter_by(username="ana").one().language = "tr"
        session.commit()
    html = client.get(f"/alerts/{alert_id}").text
    assert "Skorlama v2" in html
    day = (NOW - timedelta(days=5)).date()
    assert f"esas: olay tarihi {day:%d.%m.%Y}; 30.06.2025 12:00 TSİ anından 5,4 gün önce" in html, re.findall(r"<td>[^<]*gün[^<]*</td>", html)
    assert "kural investment_incentive: 3 ret, 0 kabul (30.06.2025 12:00 TSİ itibarıyla)" in html
    assert "öncülü: (0 + 2) / (0 + 3 + 2 + 2) = 0,286, / öncül ortalaması 0,50 = 0,57" in html
    assert "en güvenilir kaynak: kaynak türü incentive" in html
    formula = re.search(r'<p class="formula"><code>([^<]*)</code>', html).group(1)
    assert formula.startswith("skor = 100 x kural ağırlığı x güven"), formula
    assert f"x 0,57 = {draft.score:.1f}".replace(".", ",") in formula and "score" not in formula
    assert "from the event date" not in html
