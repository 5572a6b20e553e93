"""``radar config``: show the effective settings and where each can be set."""

from __future__ import annotations

import click

from radar.context import AppContext
from radar_core.config import ENV_PREFIX, Settings


@click.command("config")
@click.pass_obj
def command(app: AppContext) -> None:
    """Print every setting with its value, its variable and what it is for.

    Secrets are shown masked. Example: RADAR_SMTP_HOST=mail.bank radar config
    """
    for name, info in Settings.model_fields.items():
        value = getattr(app.settings, name)
        if name == "webhooks":  # one line per endpoint, its secret's variable named
            value = "; ".join(str(endpoint) for endpoint in value) or "[]"
        click.echo(f"{name} = {value!s}    # {ENV_PREFIX}{name.upper()}: {info.description}")
