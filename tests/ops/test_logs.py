"""JSON logs: one object per line, with the run id and any extra fields."""

from __future__ import annotations

import io
import json
import logging

from radar.logs import JsonFormatter


def test_json_lines_carry_run_id_extras_and_exceptions():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(run_id="run-1"))
    logger = logging.getLogger("radar.test.logs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        logger.info("crawled %d pages", 5, extra={"source": "news-a"})
        try:
            raise ValueError("bad page")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["message"] == "crawled 5 pages" and first["run_id"] == "run-1"
    assert first["source"] == "news-a" and first["level"] == "INFO"
    assert first["logger"] == "radar.test.logs" and first["time"].endswith("+00:00")
    assert "ValueError: bad page" in second["exception"]
