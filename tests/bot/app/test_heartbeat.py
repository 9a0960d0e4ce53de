"""The heartbeat: written while Redis answers, gone after a clean stop, read by `rasd health`."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import yaml
from redis.asyncio import Redis

from bot.app.heartbeat import age, beat, heartbeat_path


async def test_beat_touches_the_file_and_removes_it_on_stop(redis: Redis, tmp_path: Path) -> None:
    path = heartbeat_path(tmp_path)
    stop = asyncio.Event()
    task = asyncio.create_task(beat(redis, path, stop, every=0.05))
    for _ in range(100):
        if path.exists():
            break
        await asyncio.sleep(0.02)
    beat_age = age(path)
    assert beat_age is not None
    assert beat_age < 5
    stop.set()
    await task
    assert not path.exists()


async def test_no_beat_when_redis_does_not_answer(tmp_path: Path) -> None:
    dead = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    stop = asyncio.Event()
    task = asyncio.create_task(beat(dead, heartbeat_path(tmp_path), stop, every=0.05))
    await asyncio.sleep(0.3)
    assert not heartbeat_path(tmp_path).exists()
    stop.set()
    await task
    await dead.aclose()


def health(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"data_dir": str(tmp_path)}), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "bot", "health", "--max-age", "60", "--config", str(config)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_health_command_reads_the_heartbeat(tmp_path: Path, subprocess_env: dict[str, str]) -> None:
    missing = health(tmp_path, subprocess_env)
    assert missing.returncode == 1
    assert "no heartbeat" in missing.stdout

    heartbeat_path(tmp_path).touch()
    fresh = health(tmp_path, subprocess_env)
    assert fresh.returncode == 0
    assert fresh.stdout.startswith("healthy")

    old = time.time() - 600
    os.utime(heartbeat_path(tmp_path), (old, old))
    stale = health(tmp_path, subprocess_env)
    assert stale.returncode == 1
    # The subprocess takes a moment to start, so the age it reports is 600 s or a little more.
    reported = re.search(r"unhealthy: last heartbeat (\d+) s ago \(limit 60 s\)", stale.stdout)
    assert reported is not None, stale.stdout
    assert 600 <= int(reported.group(1)) <= 660
