"""``radar web``: serve the analyst review queue."""

from __future__ import annotations

import gc
from pathlib import Path

import click

from radar.context import AppContext
from radar_core.db import refresh_statistics
from radar_core.errors import UsageError


@click.command("web")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port.")
@click.option("--secret-key-file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              envvar="RADAR_WEB_SECRET_KEY_FILE",
              help="File holding the cookie-signing key; without it sessions end on restart.")
@click.pass_obj
def command(app: AppContext, host: str, port: int, secret_key_file: Path | None) -> None:
    """Serve the review queue (alerts, decisions, ambiguous links, prospects, JSON API).

    \b
    Example:
      radar users add ayse --role analyst
      radar web --port 8000     then open http://127.0.0.1:8000
    """
    import uvicorn

    from radar.web import create_app

    secret = (app.settings.web_secret_key.get_secret_value()
              if app.settings.web_secret_key is not None else None)
    if secret is not None and len(secret) < 32:
        raise UsageError("RADAR_WEB_SECRET_KEY: the secret key needs at least 32 characters")
    if secret_key_file is not None:
        secret = secret_key_file.read_text(encoding="utf-8").strip()
        if len(secret) < 32:
            raise UsageError(f"{secret_key_file}: the secret key needs at least 32 characters")
    settings = app.settings
    if secret is not None and settings.web_secret_key is None:
        # The same key signs one-click unsubscribe links, so mail and server agree.
        from pydantic import SecretStr

        settings = settings.model_copy(update={"web_secret_key": SecretStr(secret)})
    web_app = create_app(settings, app.sessions, secret_key=secret)
    refresh_statistics(app.sessions.kw["bind"])
    # Everything loaded so far lives as long as the server: moved out of the collector's
    # reach, a full collection no longer walks it and stalls every request in flight
    # (at a million alerts such a pause was the p99: ~110 ms against a 10 ms median).
    gc.freeze()
    click.echo(f"review queue on http://{host}:{port}", err=True)
    # proxy_headers off: uvicorn would believe X-Forwarded-For from any local process; the
    # app believes only RADAR_WEB_TRUSTED_PROXIES (login throttling counts by client address).
    uvicorn.run(web_app, host=host, port=port, log_level="info" if app.verbosity > 0 else "warning",
                proxy_headers=False)
