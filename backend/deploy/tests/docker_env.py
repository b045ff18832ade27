"""What the deploy test needs around it: a Docker daemon, a local Debian base image, nginx, the API image.

Everything started here is registered with a `Cleanup` and stopped by its own id (process or container).
Images are kept: they are the cache that makes the next run fast.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.stats import parse_proc_stat_cpu_ticks

BACKEND = Path(__file__).resolve().parents[2]
REPO = BACKEND.parent
DEPLOY = BACKEND / "deploy"
BUILD_EXTRA = DEPLOY / "build-extra"
# The legacy builder: it builds with Debian's dockerd alone (BuildKit's client, buildx, is not packaged).
BUILD_ENV = {**os.environ, "DOCKER_BUILDKIT": "0"}


class DeployTestError(AssertionError):
    """A deployment property does not hold."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise DeployTestError(message)


def log(message: str) -> None:
    print(f"[deploy-test {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Cleanup:
    """Undo actions, run last-registered first; one failing does not stop the others."""

    def __init__(self) -> None:
        self._actions: list[tuple[str, Callable[[], None]]] = []

    def push(self, what: str, action: Callable[[], None]) -> None:
        self._actions.append((what, action))

    def run(self) -> None:
        while self._actions:
            what, action = self._actions.pop()
            try:
                action()
            except Exception as error:  # cleanup goes on whatever one step does
                log(f"cleanup: {what} failed: {error}")


def run(
    command: list[str], *, timeout: float = 120, check: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, env=env)
    if check and completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({completed.returncode}): {completed.stderr[-3000:]}")
    return completed


def docker(*args: str, timeout: float = 120, check: bool = True) -> str:
    return run(["docker", *args], timeout=timeout, check=check).stdout.strip()


def image_exists(tag: str) -> bool:
    return run(["docker", "image", "inspect", tag], check=False).returncode == 0


def process_cpu_seconds(container: str) -> float:
    """CPU time (user + system) the container's main process (the server) has used so far."""
    pid = docker("inspect", "--format", "{{.State.Pid}}", container)
    ticks = parse_proc_stat_cpu_ticks(Path(f"/proc/{pid}/stat").read_text())
    return round(ticks / os.sysconf("SC_CLK_TCK"), 2)


def remove_container(container: str) -> None:
    docker("rm", "-f", container, check=False)


def memory_mib(container: str) -> float:
    usage = docker("stats", "--no-stream", "--format", "{{.MemUsage}}", container).split("/")[0].strip()
    for unit, factor in (("KiB", 1 / 1024), ("MiB", 1.0), ("GiB", 1024.0)):
        if usage.endswith(unit):
            return round(float(usage[: -len(unit)]) * factor, 1)
    raise RuntimeError(f"unexpected memory usage {usage!r}")


def image_size_mb(tag: str) -> float:
    return round(int(docker("image", "inspect", "--format", "{{.Size}}", tag)) / 1e6, 1)


# ---- the daemon -----------------------------------------------------------------------------------------
def ensure_dockerd(cleanup: Cleanup, log_dir: Path) -> dict[str, Any]:
    """Use the running daemon, or start Debian's dockerd and register its stop."""
    if shutil.which("docker") is None:
        raise SystemExit("the docker client is missing: apt-get install docker.io")
    if run(["docker", "info"], check=False, timeout=30).returncode == 0:
        return {"started_here": False, "server": docker("version", "--format", "{{.Server.Version}}")}
    dockerd = shutil.which("dockerd")
    if dockerd is None:
        raise SystemExit("no Docker daemon runs and dockerd is missing: apt-get install docker.io")
    log_path = log_dir / "dockerd.log"
    with log_path.open("w") as output:
        process = subprocess.Popen([dockerd], stdout=output, stderr=subprocess.STDOUT, start_new_session=True)

    def stop() -> None:
        log(f"stopping dockerd (pid {process.pid})")
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    cleanup.push(f"stop dockerd (pid {process.pid})", stop)
    deadline = time.monotonic() + 60
    while run(["docker", "info"], check=False, timeout=30).returncode != 0:
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"dockerd did not start; its log ends: {log_path.read_text()[-2000:]}")
        time.sleep(0.5)
    log(f"started dockerd (pid {process.pid})")
    return {"started_here": True, "pid": process.pid, "server": docker("version", "--format", "{{.Server.Version}}")}


# ---- the base image, from the machine's own Debian mirror -------------------------------------------------
def os_codename() -> str:
    for line in Path("/etc/os-release").read_text().splitlines():
        if line.startswith("VERSION_CODENAME="):
            return line.split("=", 1)[1].strip().strip('"')
    raise RuntimeError("no VERSION_CODENAME in /etc/os-release")


def apt_mirror(codename: str, sources_dir: Path = Path("/etc/apt")) -> str:
    """The URI apt is configured with for the main suite (deb822 .sources files or one-line .list files)."""
    deb822 = sorted((sources_dir / "sources.list.d").glob("*.sources"))
    for path in deb822:
        for paragraph in re.split(r"\n\s*\n", path.read_text()):
            fields: dict[str, str] = {}
            for line in paragraph.splitlines():
                if ":" in line and not line.lstrip().startswith("#") and not line.startswith(" "):
                    key, value = line.split(":", 1)
                    fields[key.strip().lower()] = value.strip()
            if "deb" in fields.get("types", "").split() and codename in fields.get("suites", "").split():
                return fields["uris"].split()[0]
    one_line = [sources_dir / "sources.list", *sorted((sources_dir / "sources.list.d").glob("*.list"))]
    for path in one_line:
        if not path.is_file():
            continue
        for line in path.read_text().splitlines():
            words = re.sub(r"\[[^]]*\]", "", line).split()
            if len(words) >= 3 and words[0] == "deb" and words[2] == codename:
                return words[1]
    raise RuntimeError(f"apt has no source for {codename} in {sources_dir}")


def ensure_base_image(cleanup: Cleanup, codename: str) -> dict[str, Any]:
    """debootstrap a minimal Debian with python3 and its venv module, `docker import` it; kept once built."""
    tag = f"mini-reasoning/debian-base:{codename}"
    if image_exists(tag):
        return {"tag": tag, "cached": True, "size_mb": image_size_mb(tag)}
    if shutil.which("debootstrap") is None:
        raise SystemExit("debootstrap is missing: apt-get install debootstrap")
    mirror = apt_mirror(codename)
    rootfs = Path(tempfile.mkdtemp(prefix="mini-reasoning-rootfs-", dir="/var/tmp"))
    cleanup.push(f"remove {rootfs}", lambda: shutil.rmtree(rootfs, ignore_errors=True))
    log(f"building the base image {tag} with debootstrap from {mirror} (about a minute)")
    started = time.monotonic()
    run(
        ["debootstrap", "--variant=minbase", "--include=python3,python3-venv", codename, str(rootfs), mirror],
        timeout=1800,
    )
    for leftover in ("var/cache/apt/archives", "var/lib/apt/lists"):
        for path in (rootfs / leftover).glob("*"):
            if path.is_file():
                path.unlink()
    debootstrap_seconds = time.monotonic() - started
    tar = subprocess.Popen(["tar", "--numeric-owner", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE)
    imported = subprocess.run(
        ["docker", "import", "-c", "ENV LANG=C.UTF-8", "-c", 'CMD ["/bin/bash"]', "-", tag],
        stdin=tar.stdout,
        capture_output=True,
        timeout=600,
        check=False,
    )
    tar.wait(timeout=60)
    if imported.returncode != 0 or tar.returncode != 0:
        raise RuntimeError(f"docker import failed: {imported.stderr.decode()[-2000:]}")
    shutil.rmtree(rootfs, ignore_errors=True)
    return {
        "tag": tag,
        "cached": False,
        "mirror": mirror,
        "debootstrap_seconds": round(debootstrap_seconds, 1),
        "seconds": round(time.monotonic() - started, 1),
        "size_mb": image_size_mb(tag),
    }


def ensure_nginx_image(base: str, codename: str) -> dict[str, Any]:
    """Debian's nginx on the local base (the official nginx image is the compose file's default elsewhere)."""
    tag = f"mini-reasoning/nginx:{codename}"
    if image_exists(tag):
        return {"tag": tag, "cached": True}
    dockerfile = (
        f"FROM {base}\n"
        "RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "
        "nginx >/dev/null && rm -rf /var/lib/apt/lists/*\n"
        'CMD ["nginx", "-g", "daemon off;"]\n'
    )
    started = time.monotonic()
    completed = subprocess.run(
        ["docker", "build", "-q", "-t", tag, "-"],
        input=dockerfile,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=BUILD_ENV,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"building {tag} failed: {completed.stderr[-2000:]}")
    return {"tag": tag, "cached": False, "seconds": round(time.monotonic() - started, 1)}


# ---- the API image ----------------------------------------------------------------------------------------
def pinned_torch() -> str:
    match = re.search(r"^torch==(\S+)", (BACKEND / "requirements.txt").read_text(), re.MULTILINE)
    if match is None:
        raise RuntimeError("requirements.txt pins no torch")
    return match.group(1)


def ca_bundle() -> Path | None:
    """The CA bundle pip uses on this machine (it may re-sign TLS): for the build stages only."""
    candidates = [os.environ.get("PIP_CERT"), os.environ.get("SSL_CERT_FILE"), "/etc/ssl/certs/ca-certificates.crt"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def prepare_build_extra(cleanup: Cleanup, python: str) -> tuple[list[str], dict[str, Any]]:
    """Put the torch wheel pip would install here and the CA bundle into build-extra/ (removed afterwards);
    return the build arguments that make the build use them."""
    wheels = BUILD_EXTRA / "wheels"
    wheels.mkdir(exist_ok=True)
    cleanup.push(f"remove {wheels}", lambda: shutil.rmtree(wheels, ignore_errors=True))
    version = pinned_torch()
    run(
        [python, "-m", "pip", "download", f"torch=={version}", "--no-deps", "--only-binary=:all:", f"--dest={wheels}"],
        timeout=1200,
    )
    names = sorted(path.name for path in wheels.glob("torch-*.whl"))
    build_args: list[str] = []
    # pip found the CPU build locally: the CPU index need not be reachable from the build.
    if any("+cpu" in name for name in names):
        build_args += ["--build-arg", "TORCH_INDEX="]
    info: dict[str, Any] = {"torch_wheels": names, "ca_bundle": None}
    bundle = ca_bundle()
    if bundle is not None:
        target = BUILD_EXTRA / "ca.crt"
        shutil.copyfile(bundle, target)
        cleanup.push(f"remove {target}", lambda: target.unlink(missing_ok=True))
        info["ca_bundle"] = str(bundle)
    return build_args, info


def build_api_image(tag: str, base: str, build_args: list[str], log_dir: Path) -> dict[str, Any]:
    command = ["docker", "build", "--build-arg", f"BASE={base}", *build_args, "-t", tag, str(BACKEND)]
    if os.environ.get("DEPLOY_TEST_NO_CACHE"):
        command.insert(2, "--no-cache")
    log(f"building {tag} on {base}")
    previous = docker("image", "inspect", "--format", "{{.Id}}", tag, check=False)
    started = time.monotonic()
    completed = subprocess.run(command, capture_output=True, text=True, timeout=2400, check=False, env=BUILD_ENV)
    seconds = time.monotonic() - started
    (log_dir / "docker-build.log").write_text(completed.stdout + completed.stderr)
    if completed.returncode != 0:
        raise RuntimeError(f"docker build failed: {(completed.stdout + completed.stderr)[-4000:]}")
    current = docker("image", "inspect", "--format", "{{.Id}}", tag)
    if previous.startswith("sha256:") and previous != current:  # the last run's image, now untagged
        docker("image", "rm", previous, check=False)
    steps = len(re.findall(r"^Step \d+/\d+", completed.stdout, re.MULTILINE))
    cached = completed.stdout.count("Using cache")
    trained = re.search(r"Done in ([\d.]+)s: validation accuracy ([\d.]+)", completed.stdout)
    return {
        "tag": tag,
        "seconds": round(seconds, 1),
        "steps": steps,
        "steps_from_cache": cached,
        "training": {"seconds": float(trained.group(1)), "validation_accuracy": float(trained.group(2))}
        if trained
        else "from cache",
        "size_mb": image_size_mb(tag),
    }
