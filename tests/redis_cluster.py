"""A real local Redis Cluster for tests: three primaries, three replicas, on free ports.

Started with redis-server's own `--cluster-enabled yes` and `redis-cli --cluster
create`, as an operator would, so the tests meet the same MOVED redirections,
slot checks (CROSSSLOT) and failovers a production cluster gives.
"""

from __future__ import annotations

import functools
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest
from redis import Redis, RedisCluster
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.app.embedded_redis import find_redis_server

PRIMARIES = 3
READY_TIMEOUT = 30.0
# A start can fail for reasons outside the code under test (a free port taken between
# choosing it and binding it, a node slow to come up on a loaded machine): the whole
# cluster is then started again on other ports, at most this many times.
START_ATTEMPTS = 3
_BUS_OFFSET = 10_000

# A module marked with this runs each of its tests that use Redis twice: on a single
# server and on a cluster (tests/conftest.py parametrises `redis_url` for them).
ON_SINGLE_AND_CLUSTER = pytest.mark.single_and_cluster


@functools.cache
def is_cluster_url(url: str) -> bool:
    """Tell whether the Redis at `url` is a cluster node (asked once per URL)."""
    with Redis.from_url(url) as client:
        return str(client.info("cluster").get("cluster_enabled", 0)) == "1"


def sync_client(url: str) -> Redis:
    """Return a synchronous client for `url`: a cluster client on a cluster node.

    Typed as Redis: the commands tests use are the same on both.
    """
    if is_cluster_url(url):
        return cast(Redis, RedisCluster.from_url(url, decode_responses=True))
    return Redis.from_url(url, decode_responses=True)


def _free_ports(count: int) -> list[int]:
    """Return ports that were free a moment ago, each with its bus port (+10000) free too."""
    ports: list[int] = []
    while len(ports) < count:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        # Neither the port nor its bus port may be another chosen node's port or bus port.
        taken = {*ports, *(other + _BUS_OFFSET for other in ports)}
        if port + _BUS_OFFSET > 65_535 or taken & {port, port + _BUS_OFFSET}:
            continue
        with socket.socket() as bus:
            try:
                bus.bind(("127.0.0.1", port + _BUS_OFFSET))
            except OSError:
                continue
        ports.append(port)
    return ports


@dataclass
class LocalCluster:
    """Six redis-server processes (three primaries, one replica each) under `folder`."""

    folder: Path
    ports: list[int] = field(default_factory=list)
    _processes: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """Return the URL of one node; a cluster client finds the others from it."""
        return f"redis://127.0.0.1:{self.ports[0]}/0"

    def start(self) -> str:
        """Start the cluster, again on other ports if a start fails (START_ATTEMPTS)."""
        for _ in range(START_ATTEMPTS - 1):
            try:
                return self._start_once()
            except (RedisConnectionError, TimeoutError, subprocess.SubprocessError):
                self.stop()
        return self._start_once()

    def _start_once(self) -> str:
        """Start the nodes, join them into a cluster, wait until it serves every slot."""
        binary = find_redis_server()
        self.ports = _free_ports(PRIMARIES * 2)
        for port in self.ports:
            self._start_node(binary, port)
        for port in self.ports:
            self._wait_ping(port)
        cli = shutil.which("redis-cli") or str(Path(binary).with_name("redis-cli"))
        subprocess.run(
            [cli, "--cluster", "create", *(f"127.0.0.1:{port}" for port in self.ports),
             "--cluster-replicas", "1", "--cluster-yes"],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        self.wait_ok()
        return self.url

    def _start_node(self, binary: str, port: int) -> None:
        node_dir = self.folder / str(port)
        node_dir.mkdir(parents=True, exist_ok=True)
        self._processes[port] = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes",
             "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000",
             "--dir", str(node_dir), "--save", "", "--appendonly", "yes",
             "--appendfsync", "everysec", "--repl-diskless-sync-delay", "0",
             "--logfile", "node.log"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def _wait_ping(self, port: int) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            try:
                with Redis(port=port, socket_timeout=1) as client:
                    client.ping()
                    return
            except RedisConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def wait_ok(self) -> None:
        """Wait until every live node reports cluster_state:ok and knows three primaries."""
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            try:
                if all(self._node_ok(port) for port in self.live_ports()):
                    return
            except RedisConnectionError:
                pass  # a node still starting or rejoining: asked again below
            if time.monotonic() > deadline:
                raise TimeoutError(f"cluster on {self.ports} not ok in {READY_TIMEOUT} s")
            time.sleep(0.1)

    def _node_ok(self, port: int) -> bool:
        with Redis(port=port, socket_timeout=2, decode_responses=True) as client:
            info = client.execute_command("CLUSTER", "INFO")
            text = info if isinstance(info, str) else str(info)
            nodes = str(client.execute_command("CLUSTER", "NODES"))
        masters = [line for line in nodes.splitlines() if "master" in line and "fail" not in line]
        if "cluster_state:ok" not in text or len(masters) != PRIMARIES:
            return False
        with Redis(port=port, socket_timeout=2, decode_responses=True) as client:
            replication = client.info("replication")
        # A replica that has not finished its first sync could not take over yet.
        return bool(replication["role"] == "master" or replication["master_link_status"] == "up")

    def live_ports(self) -> list[int]:
        """Return the ports of the nodes still running."""
        return [port for port, proc in self._processes.items() if proc.poll() is None]

    def primary_of(self, key: str) -> int:
        """Return the port of the primary serving a key's slot now."""
        with Redis(port=self.live_ports()[0], decode_responses=True) as client:
            slot = int(client.execute_command("CLUSTER", "KEYSLOT", key))
            for start, end, primary, *_replicas in client.execute_command("CLUSTER", "SLOTS"):
                if int(start) <= slot <= int(end):
                    return int(primary[1])
        raise LookupError(f"no node serves slot {slot}")

    def replica_of(self, primary_port: int) -> int:
        """Return the port of a replica of the primary on `primary_port`."""
        with Redis(port=primary_port, decode_responses=True) as client:
            my_id = str(client.execute_command("CLUSTER", "MYID"))
            nodes = str(client.execute_command("CLUSTER", "NODES"))
        for line in nodes.splitlines():
            parts = line.split()
            if parts[3] == my_id and "slave" in parts[2]:
                return int(parts[1].split(":")[1].split("@")[0])
        raise LookupError(f"the primary on {primary_port} has no replica")

    def failover(self, replica_port: int) -> None:
        """Promote a replica (CLUSTER FAILOVER, as for planned maintenance); wait for it."""
        with Redis(port=replica_port, decode_responses=True) as client:
            client.execute_command("CLUSTER", "FAILOVER")
            deadline = time.monotonic() + READY_TIMEOUT
            while client.info("replication")["role"] != "master":
                if time.monotonic() > deadline:
                    raise TimeoutError(f"replica on {replica_port} was not promoted")
                time.sleep(0.05)

    def kill(self, port: int) -> None:
        """Kill a node (SIGKILL), as a crashed machine; its replica takes over on its own."""
        proc = self._processes[port]
        proc.kill()
        proc.wait()

    def wait_promoted(self, replica_port: int) -> None:
        """Wait until a replica has made itself a primary and the cluster is ok again."""
        deadline = time.monotonic() + READY_TIMEOUT
        with Redis(port=replica_port, decode_responses=True) as client:
            while client.info("replication")["role"] != "master":
                if time.monotonic() > deadline:
                    raise TimeoutError(f"replica on {replica_port} was not promoted")
                time.sleep(0.05)
        self.wait_ok()

    def restart(self, port: int) -> None:
        """Start a killed node again; it rejoins (as a replica) from its nodes.conf."""
        self._start_node(find_redis_server(), port)
        self._wait_ping(port)
        self.wait_ok()

    def stop(self) -> None:
        """Stop every node."""
        for proc in self._processes.values():
            proc.terminate()
        for proc in self._processes.values():
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._processes.clear()
