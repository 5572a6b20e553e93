"""Reports stage: RM alert e-mails (digests, rendering, delivery, exactly-once ledger)."""

from reports.delivery import DeliveryError, OutboxDelivery, SmtpDelivery, choose_delivery
from reports.mail import MailItem, MailResult, preview, send_pending
from reports.mail_plan import Digest, DigestAlert, EvidenceItem, plan_digests
from reports.mail_render import (
    digest_message_id,
    message_bytes,
    render_digest,
    safe_url,
    subject_of,
)

__all__ = [
    "DeliveryError",
    "Digest",
    "DigestAlert",
    "EvidenceItem",
    "MailItem",
    "MailResult",
    "OutboxDelivery",
    "SmtpDelivery",
    "choose_delivery",
    "digest_message_id",
    "message_bytes",
    "plan_digests",
    "preview",
    "render_digest",
    "safe_url",
    "send_pending",
    "subject_of",
]
