"""The analyst review queue (``radar web``): FastAPI + Jinja2, server-rendered."""

from radar.web.app import create_app

__all__ = ["create_app"]
