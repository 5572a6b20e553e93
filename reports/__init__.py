"""Reports stage: RM alert e-mails (digest records, rendering, delivery) and report analytics.

Everything here works on plain records; the database queries that produce them, and the
exactly-once mail ledger, live with the application in ``radar.reporting``.
"""

from reports.delivery import DeliveryError, OutboxDelivery, SmtpDelivery, choose_delivery
from reports.digest import Digest, DigestAlert, EvidenceItem
from reports.mail_render import (
    digest_message_id,
    message_bytes,
    render_digest,
    subject_of,
)

__all__ = [
    "DeliveryError",
    "Digest",
    "DigestAlert",
    "EvidenceItem",
    "OutboxDelivery",
    "SmtpDelivery",
    "choose_delivery",
    "digest_message_id",
    "message_bytes",
    "render_digest",
    "subject_of",
]
