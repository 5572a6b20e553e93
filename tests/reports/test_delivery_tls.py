"""SMTP over STARTTLS and implicit TLS, against aiosmtpd with a throw-away certificate."""

from __future__ import annotations

import ipaddress
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from radar_core.config import Settings
from reports.delivery import DeliveryError, SmtpDelivery
from reports.digest import Digest
from reports.mail_render import message_bytes, render_digest
from tests.reports.conftest import NOW, PortZeroController, Sink


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made on the spot (no files in the repo)."""
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return context


def _client_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate[0]))


@pytest.fixture
def starttls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Sink, int]]:
    sink = Sink()
    controller = PortZeroController(sink, hostname="127.0.0.1", port=0,
                                    tls_context=_server_context(certificate),
                                    require_starttls=True)
    controller.start()
    try:
        yield sink, controller.port
    finally:
        controller.stop()


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Sink, int]]:
    sink = Sink()
    controller = PortZeroController(sink, hostname="127.0.0.1", port=0,
                                    ssl_context=_server_context(certificate))
    controller.start()
    try:
        yield sink, controller.port
    finally:
        controller.stop()


def _send(settings: Settings, context: ssl.SSLContext | None) -> None:
    msg = render_digest(Digest("ayse@bank.example", []), settings, NOW)
    with SmtpDelivery(settings, timeout=5, tls_context=context) as smtp:
        smtp.send(message_bytes(msg), "radar@bank.example", "ayse@bank.example",
                  str(msg["Message-ID"]), NOW)


def test_starttls(settings: Settings, certificate: tuple[Path, Path],
                  starttls_server: tuple[Sink, int]) -> None:
    sink, port = starttls_server
    secure = settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port,
                                         "smtp_security": "starttls"})
    _send(secure, _client_context(certificate))
    assert [r.rcpt_tos for r in sink.received] == [["ayse@bank.example"]]
    # Without STARTTLS the server refuses the mail, and nothing is delivered.
    plain = secure.model_copy(update={"smtp_security": "none"})
    with pytest.raises(DeliveryError):
        _send(plain, None)
    assert len(sink.received) == 1


def test_implicit_tls(settings: Settings, certificate: tuple[Path, Path],
                      tls_server: tuple[Sink, int]) -> None:
    sink, port = tls_server
    secure = settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port,
                                         "smtp_security": "tls"})
    _send(secure, _client_context(certificate))
    assert len(sink.received) == 1
    # An untrusted certificate is refused: the default context verifies the server.
    with pytest.raises(DeliveryError) as info:
        _send(secure, None)
    assert info.value.connection
