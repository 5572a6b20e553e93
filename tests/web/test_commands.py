"""``radar users`` and ``radar web`` commands (called directly, as cli.py may not list them yet)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from radar.commands.users import command as users
from radar.commands.web import command as web
from radar.context import AppContext
from radar.users import authenticate
from radar_core.config import load_settings
from radar_core.db import connect


def _ctx(tmp_path) -> AppContext:
    return AppContext(settings=load_settings(environ={}, database_url=f"sqlite:///{tmp_path / 'c.db'}"))


def test_users_add_prompts_for_password_and_lists(tmp_path):
    runner = CliRunner()
    ctx = _ctx(tmp_path)
    result = runner.invoke(users, ["add", "ayse", "--role", "rm", "--rm-email", "ayse@bank.example"],
                           obj=ctx, input="s3cret-pass\ns3cret-pass\n")
    assert result.exit_code == 0, result.output
    result = runner.invoke(users, ["add", "ops", "--role", "admin", "--password-stdin"], obj=ctx,
                           input="another-pass\n")
    assert result.exit_code == 0, result.output
    listed = runner.invoke(users, ["list", "--format", "json"], obj=ctx)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["username"], r["role"], r["rm_email"]) for r in rows] == [
        ("ayse", "rm", "ayse@bank.example"), ("ops", "admin", None)]
    with connect(ctx.settings.resolved_database_url)() as session:
        assert authenticate(session, "ayse", "s3cret-pass") is not None
        assert authenticate(session, "ayse", "wrong-pass") is None


def test_users_add_refuses_bad_input(tmp_path):
    runner = CliRunner()
    ctx = _ctx(tmp_path)
    rm_without_email = runner.invoke(users, ["add", "x", "--role", "rm", "--password-stdin"], obj=ctx,
                                     input="long-enough\n")
    assert "rm_email" in str(rm_without_email.exception)
    assert runner.invoke(users, ["add", "x", "--role", "boss"], obj=ctx).exit_code == 2
    runner.invoke(users, ["add", "x", "--password-stdin"], obj=ctx, input="long-enough\n")
    deactivated = runner.invoke(users, ["deactivate", "x"], obj=ctx)
    assert deactivated.exit_code == 0
    with connect(ctx.settings.resolved_database_url)() as session:
        assert authenticate(session, "x", "long-enough") is None


def test_web_command_has_help_with_example():
    result = CliRunner().invoke(web, ["--help"])
    assert result.exit_code == 0 and "Example" in result.output and "--port" in result.output


def test_users_language_is_chosen_at_add_and_changed_later(tmp_path):
    """Turkish unless asked: ``--language en`` at add, ``set-language`` later; bad codes exit 2."""
    runner = CliRunner()
    ctx = _ctx(tmp_path)
    for args in (["add", "ayse", "--role", "rm", "--rm-email", "ayse@bank.example"],
                 ["add", "john", "--role", "rm", "--rm-email", "john@bank.example", "--language", "en"]):
        result = runner.invoke(users, [*args, "--password-stdin"], obj=ctx, input="s3cret-pass\n")
        assert result.exit_code == 0, result.output
    listed = runner.invoke(users, ["list", "--format", "json"], obj=ctx)
    assert [(r["username"], r["language"]) for r in map(json.loads, listed.stdout.splitlines())] == [
        ("ayse", "tr"), ("john", "en")]
    assert runner.invoke(users, ["set-language", "ayse", "en"], obj=ctx).exit_code == 0
    assert runner.invoke(users, ["set-language", "ayse", "de"], obj=ctx).exit_code == 2
    assert runner.invoke(users, ["add", "x", "--language", "fr"], obj=ctx).exit_code == 2
    table = runner.invoke(users, ["list"], obj=ctx).stdout
    assert "ayse" in table and " en " in table.splitlines()[0]
    with connect(ctx.settings.resolved_database_url)() as session:
        from radar_core.db.models import User
        assert {u.username: u.language for u in session.query(User)} == {"ayse": "en", "john": "en"}


def test_web_command_moves_its_startup_heap_out_of_the_collector(tmp_path, monkeypatch):
    """A full garbage collection walked everything the app loaded and paused every request in
    flight (~110 ms, the p99 at a million alerts); ``radar web`` freezes that heap first."""
    import gc

    import uvicorn

    served: list[int] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.append(gc.get_freeze_count()))
    gc.unfreeze()
    try:
        result = CliRunner().invoke(web, ["--port", "0"], obj=_ctx(tmp_path))
        assert result.exit_code == 0, result.output
        assert served and served[0] > 0
    finally:
        gc.unfreeze()
