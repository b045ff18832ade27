"""The compose stack (backend/deploy/compose.yaml) under load: replicas behind nginx, one stopped mid-run,
and 1,500 slow clients. Every container is found by id and removed by id at the end."""

from __future__ import annotations

import contextlib
import os
import re
import resource
import selectors
import shutil
import socket
import subprocess
import threading
import time
from typing import Any

import httpx

from bench.loadgen import LUA_DIR, wrk_environment
from bench.stats import parse_wrk_output
from deploy.tests.docker_env import (
    DEPLOY,
    Cleanup,
    DeployTestError,
    check,
    docker,
    log,
    memory_mib,
    process_cpu_seconds,
    run,
)

PROJECT = "mini-reasoning-deploy-test"
HOST = "127.0.0.1"
STACK_PORT = 8520
CONNECTIONS = 32
MEASURE_SECONDS = 10  # each of the 1- and 2-replica throughput runs
FAILOVER_SECONDS = 30
SLOW_CLIENTS = 1500
NGINX_CLIENT_TIMEOUT = 5.0  # client_header_timeout and client_body_timeout in nginx.conf
CUT_SLACK_SECONDS = 3.0


class Stack:
    def __init__(self, api_image: str, nginx_image: str) -> None:
        self.env = {
            **os.environ,
            "API_IMAGE": api_image,
            "NGINX_IMAGE": nginx_image,
            "HTTP_BIND": HOST,
            "HTTP_PORT": str(STACK_PORT),
        }
        self.seen: set[str] = set()  # every container id the stack ever had

    def compose(self, *args: str, timeout: float = 300) -> str:
        command = ["docker-compose", "-p", PROJECT, "-f", str(DEPLOY / "compose.yaml"), *args]
        return run(command, timeout=timeout, env=self.env).stdout.strip()

    def ids(self, service: str) -> list[str]:
        found = self.compose("ps", "-q", service).split()
        self.seen.update(found)
        return found

    def scale(self, replicas: int, client: httpx.Client) -> list[str]:
        self.compose("up", "-d", "--no-build", "--scale", f"api={replicas}")
        api = self.ids("api")
        deadline = time.monotonic() + 90
        while any(health(container) != "healthy" for container in api):
            check(time.monotonic() < deadline, f"the replicas did not become healthy: {[health(c) for c in api]}")
            time.sleep(0.5)
        # nginx resolves `api` when it (re)loads its configuration: a reload sees every replica.
        docker("kill", "--signal", "HUP", *self.ids("web"))
        time.sleep(1.5)
        wait_answering(client)
        return api

    def down(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.SubprocessError):
            self.compose("down", "--remove-orphans", "-t", "30", timeout=180)
        for container in sorted(self.seen):  # whatever compose left behind, by id
            docker("rm", "-f", container, check=False)


def health(container: str) -> str:
    return docker("inspect", "--format", "{{.State.Health.Status}}", container, check=False)


def wait_answering(client: httpx.Client, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.TransportError):
            if client.get(f"http://{HOST}:{STACK_PORT}/health", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise DeployTestError("nginx did not answer /health")


def completions_served(container: str) -> int:
    logs = run(["docker", "logs", container], timeout=120)
    return (logs.stdout + logs.stderr).count('"route": "/api/complete"')


def wrk(seconds: int) -> dict[str, Any]:
    """POST /api/complete with the benchmark's distinct random prompts; a 10-s timeout, so slow is not failed."""
    binary = shutil.which("wrk")
    if binary is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    command = [binary, "-t", "2", "-c", str(CONNECTIONS), "-d", f"{seconds}s", "--timeout", "10s", "--latency"]
    command += ["-s", str(LUA_DIR / "complete.lua"), f"http://{HOST}:{STACK_PORT}/api/complete"]
    with wrk_environment("complete", seconds, threads=2) as env:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False, env=env)
    if completed.returncode != 0:
        raise RuntimeError(f"wrk failed: {completed.stderr}")
    result = parse_wrk_output(completed.stdout)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", completed.stdout)
    result["non_2xx"] = int(non_2xx.group(1)) if non_2xx else 0
    return result


def check_spa(client: httpx.Client) -> dict[str, Any]:
    base = f"http://{HOST}:{STACK_PORT}"
    index = client.get(f"{base}/")
    check(index.status_code == 200 and '<div id="root">' in index.text, "nginx does not serve the SPA at /")
    deep = client.get(f"{base}/some/client/route")
    check(deep.status_code == 200 and deep.text == index.text, "a client-side route does not get index.html")
    asset = re.search(r'src="(/assets/[^"]+\.js)"', index.text)
    check(asset is not None, "no script asset in index.html")
    assert asset is not None
    script = client.get(f"{base}{asset.group(1)}")
    check(script.status_code == 200 and "immutable" in script.headers.get("cache-control", ""), "asset not cached")
    check(client.get(f"{base}/metrics").status_code == 404, "nginx exposes /metrics publicly")
    return {"index": 200, "client_route": 200, "asset_cache_control": script.headers["cache-control"]}


def failover_run(replicas: list[str], report: dict[str, Any]) -> None:
    """30 s of load on 3 replicas; one is stopped (SIGTERM, graceful) halfway: no request may fail."""
    victim = replicas[0]
    stopped: dict[str, float] = {}

    def stop_one() -> None:
        time.sleep(FAILOVER_SECONDS / 2)
        began = time.monotonic()
        docker("stop", "-t", "25", victim, timeout=60)
        stopped["seconds"] = round(time.monotonic() - began, 2)

    served_before = {container: completions_served(container) for container in replicas}
    stopper = threading.Thread(target=stop_one, name="stop-replica")
    stopper.start()
    result = wrk(FAILOVER_SECONDS)
    stopper.join(timeout=60)
    exit_code = docker("inspect", "--format", "{{.State.ExitCode}}", victim)
    victim_logs = run(["docker", "logs", victim], timeout=120)
    graceful = "Finished server process" in victim_logs.stdout + victim_logs.stderr
    served = {c[:12]: completions_served(c) - served_before[c] for c in replicas}
    report.update(
        result,
        stopped_replica=victim[:12],
        stop_seconds=stopped.get("seconds"),
        stopped_exit_code=int(exit_code),
        stopped_gracefully=graceful,
        completions_per_replica=served,
    )
    check("seconds" in stopped, "the replica was not stopped")
    check(result["errors"] == 0 and result["non_2xx"] == 0, f"requests failed while a replica stopped: {result}")
    check(all(count > 0 for count in served.values()), f"a replica served nothing: {served}")
    check(exit_code == "0" and graceful, f"the stopped replica exited with {exit_code}, graceful: {graceful}")


def open_slow_clients(count: int, port: int = STACK_PORT) -> list[tuple[socket.socket, float]]:
    """Half the requests stop inside their headers, half inside their body."""
    header = b"POST /api/complete HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    body = header + b"Content-Length: 64\r\n\r\n" + b'{"prompt": "What is'
    sockets: list[tuple[socket.socket, float]] = []
    for index in range(count):
        connection = socket.create_connection((HOST, port), timeout=10)
        connection.sendall(header if index % 2 == 0 else body)
        connection.setblocking(False)
        sockets.append((connection, time.monotonic()))
    return sockets


def raise_open_files_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < SLOW_CLIENTS + 512:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, SLOW_CLIENTS * 4), hard))


def still_open_without_nginx(port: int, seconds: float) -> dict[str, Any]:
    """For contrast: the same slow requests sent to uvicorn directly (it has no header or body timeout)."""
    raise_open_files_limit()
    sockets = open_slow_clients(SLOW_CLIENTS, port)
    time.sleep(seconds)
    still_open = 0
    for connection, _ in sockets:
        try:
            closed = connection.recv(1) == b""
        except BlockingIOError:  # nothing to read: the server holds it open
            closed = False
        except OSError:
            closed = True
        still_open += not closed
        connection.close()
    return {"connections": SLOW_CLIENTS, "seconds": seconds, "still_open": still_open}


def slow_clients(client: httpx.Client, report: dict[str, Any]) -> None:
    raise_open_files_limit()
    normal: list[tuple[int, float]] = []
    stop = threading.Event()

    def normal_traffic() -> None:
        # A new connection each time: nginx keeps accepting while the slow ones are held.
        while not stop.is_set():
            began = time.monotonic()
            try:
                status = client.post(
                    f"http://{HOST}:{STACK_PORT}/api/complete",
                    json={"prompt": "Is 41 even or odd?"},
                    headers={"Connection": "close"},
                    timeout=10,
                ).status_code
            except httpx.HTTPError:
                status = 0
            normal.append((status, time.monotonic() - began))
            stop.wait(0.05)

    sockets = open_slow_clients(SLOW_CLIENTS)
    opened = time.monotonic()
    traffic = threading.Thread(target=normal_traffic, name="normal-traffic")
    traffic.start()
    selector = selectors.DefaultSelector()
    for connection, began in sockets:
        selector.register(connection, selectors.EVENT_READ, began)
    cut_after: list[float] = []
    deadline = opened + NGINX_CLIENT_TIMEOUT + CUT_SLACK_SECONDS + 5
    try:
        while len(cut_after) < SLOW_CLIENTS and time.monotonic() < deadline:
            for key, _ in selector.select(timeout=0.5):
                held = key.fileobj
                assert isinstance(held, socket.socket)  # registered above
                try:
                    data = held.recv(65536)
                except (ConnectionResetError, BlockingIOError) as error:
                    data = b"" if isinstance(error, ConnectionResetError) else b"pending"
                if not data:
                    cut_after.append(time.monotonic() - key.data)
                    selector.unregister(held)
                    held.close()
    finally:
        stop.set()
        traffic.join(timeout=30)
        for key in list(selector.get_map().values()):
            selector.unregister(key.fileobj)
            key.fileobj.close()  # type: ignore[union-attr]
        selector.close()
    answered = [latency for status, latency in normal if status == 200]
    result: dict[str, Any] = {
        "connections": SLOW_CLIENTS,
        "cut": len(cut_after),
        "cut_after_seconds": {"min": round(min(cut_after, default=0), 2), "max": round(max(cut_after, default=0), 2)},
        "normal_requests": len(normal),
        "normal_answered": len(answered),
        "normal_latency_ms_max": round(max(answered, default=0) * 1000, 1),
    }
    report.update(result)
    log(f"slow clients: {result}")
    check(len(cut_after) == SLOW_CLIENTS, f"only {len(cut_after)} of {SLOW_CLIENTS} slow connections were cut")
    check(max(cut_after) <= NGINX_CLIENT_TIMEOUT + CUT_SLACK_SECONDS, f"cut too late: {result}")
    check(min(cut_after) >= NGINX_CLIENT_TIMEOUT - 1, f"cut before the client timeout: {result}")
    check(len(normal) >= 10 and len(answered) == len(normal), f"normal requests failed meanwhile: {result}")


def check_stack(
    cleanup: Cleanup, client: httpx.Client, api_image: str, nginx_image: str, report: dict[str, Any]
) -> None:
    """Fills `report` as it goes, so a failure still reports what was measured before it."""
    stack = Stack(api_image, nginx_image)
    stack.down()  # a leftover of an interrupted run
    cleanup.push("take the compose stack down", stack.down)
    report.update(project=PROJECT, port=STACK_PORT)

    started = time.monotonic()
    stack.scale(1, client)
    report["up_seconds_1_replica"] = round(time.monotonic() - started, 1)
    report["spa"] = check_spa(client)
    throughput: dict[int, dict[str, Any]] = {}
    report["throughput"] = {}
    api: list[str] = stack.ids("api")
    for replicas in (1, 2):
        if replicas > 1:
            api = stack.scale(replicas, client)
        # The replicas' CPU during the run says whether they, or the machine, were the limit.
        cpu_before = sum(process_cpu_seconds(container) for container in api)
        result = wrk(MEASURE_SECONDS)
        cpu = sum(process_cpu_seconds(container) for container in api) - cpu_before
        result["replicas_cpu_cores"] = round(cpu / result["seconds"], 2)
        result["replicas_cpu_ms_per_request"] = round(cpu / max(result["requests"], 1) * 1000, 3)
        result["load_average"] = round(os.getloadavg()[0], 1)
        throughput[replicas] = report["throughput"][f"{replicas}_replicas"] = result
        log(
            f"{replicas} replica(s): {result['requests_per_second']} req/s, p99 {result['latency_ms']['p99']} ms, "
            f"the replicas used {result['replicas_cpu_cores']} cores (load {result['load_average']})"
        )
        check(result["errors"] == 0 and result["non_2xx"] == 0, f"requests failed with {replicas} replicas: {result}")
    report["speedup_2_vs_1"] = round(throughput[2]["requests_per_second"] / throughput[1]["requests_per_second"], 2)

    api = stack.scale(3, client)
    report["failover"] = {}
    failover_run(api, report["failover"])
    log(f"failover: {report['failover']}")
    running = [container for container in api if container != api[0]]
    report["memory_mib_after_load"] = [memory_mib(container) for container in running]
    report["slow_clients"] = {}
    slow_clients(client, report["slow_clients"])
