"""Addresses from outside: only http(s) URLs become links; only plain addresses get mail."""

from __future__ import annotations

import pytest

from radar_core.addresses import normalize_email, safe_url, valid_email


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", " JaVaScRiPt:alert(1)", " java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "//evil.example/x", "/relative",
    "ftp://files.example/x", "https://", "https:///nohost", "not a url", "http://[::1", None, 3,
])
def test_safe_url_rejects_everything_but_absolute_http(url: object) -> None:
    assert safe_url(url) is None


def test_safe_url_keeps_http_and_https() -> None:
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert safe_url("HTTP://a.example") == "HTTP://a.example"
    assert safe_url("http://a.example") == "http://a.example"


def test_addresses_are_plain_ascii_local_at_domain() -> None:
    assert valid_email("ayse.yilmaz@bank.example")
    for bad in ("ayse@bank", "a b@bank.example", "x@evil.example\nBcc: y@z.example",
                "Ayşe@bank.example", "a@" + "b" * 330 + ".example"):
        assert not valid_email(bad), bad
    assert normalize_email("  Ayse@Bank.Example ") == "ayse@bank.example"
    assert normalize_email("not an address") == ""
