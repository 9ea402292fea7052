"""Soak benchmark: many updates through the real bot process against the fake Bot API.

``python -m bench.soak [--updates 100000] [--rate-limit telegram|off] [--users 10000]``

The bot is the real ``python -m bot run`` (long polling), started as a child process against
:class:`tests.fake_bot_api.FakeBotAPI` on 127.0.0.1, which runs in *this* process (a thread per
connection) together with the driver. Every update is a private text message, the 327 questions
of the development set in turn (answered and refused, English and Russian, fragments and typos),
from one of ``--users`` users, with ``FLOOD_LIMIT`` at its maximum
so the flood guard drops nothing; every one must get exactly one reply (counted per replied-to
message id). The driver keeps at most ``--inflight`` updates pushed but not yet answered and
pushes them in batches of up to 100, so each ``getUpdates`` returns up to 100 updates.

Measured:

* throughput: updates / (time of the last reply recorded by the fake - time of the first push);
* the bot's RSS (psutil, sampled every 0.5 s): peak, and at 10 %, 50 % and 100 % of the replies
  (flat or growing);
* CPU: the bot process and this process (the fake Bot API + the driver) in % of one core, so a
  saturated fake shows up as ~100 % here;
* violations the fake recorded (calls Telegram would reject) and replies missing or doubled.

``--rate-limit off`` (the default) runs the bot with ``MAX_MESSAGES_PER_SECOND=0``: no overall
cap on sending, so what is measured is the bot's own capacity. ``--rate-limit telegram`` keeps
Telegram's 30 messages a second (the default setting): with one reply per update that is the
ceiling, and what the run then shows is that the cap holds under load and nothing is lost.

``--http httpx`` runs the same bot with python-telegram-bot's default HTTP client instead of
aiohttp (through ``python -c``, :data:`HTTPX_CHILD`); ``--http both`` runs httpx, then aiohttp,
and prints them side by side.

Not part of CI; see ``bench/SOAK.md`` for results.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil
import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # pragma: no cover - when run as a script
    sys.path.insert(0, str(REPO))

from tests.fake_bot_api import FakeBotAPI, message_update  # noqa: E402

TOKEN = "5550002468:AAHsoakBenchmarkToken-abcdefghijklmnopq"
SAMPLE_SECONDS = 0.5
#: The development question set (answered, refused, English and Russian), asked in turn.
QUESTIONS: tuple[tuple[str, str], ...] = tuple(
    (item["q"], item.get("lang", "en"))
    for item in yaml.safe_load((REPO / "tests" / "data" / "questions.yaml").read_text("utf-8"))
)


class SoakBotAPI(FakeBotAPI):
    """The fake, trimmed for long runs: successful sendMessage calls are counted (per replied-to
    message id) instead of kept, sent messages are not stored, and updates are queued a batch at
    a time. Everything else (validation of every call, getUpdates) is the test fake's."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.replies: Counter[int] = Counter()
        self.reply_count = 0
        self.first_reply: float | None = None
        self.last_reply: float | None = None

    def _record(
        self,
        call: Any,
        problems: list[Any],
        status: int | None,
        payload: dict[str, Any] | None,
    ) -> None:
        if call.method == "sendMessage" and status == 200 and not problems:
            target = (call.params.get("reply_parameters") or {}).get("message_id")
            with self._cond:
                self.replies[target if isinstance(target, int) else -1] += 1
                self.reply_count += 1
                now = time.time()
                self.first_reply = self.first_reply or now
                self.last_reply = now
                self._cond.notify_all()
            return
        super()._record(call, problems, status, payload)

    def _store(self, msg: dict[str, Any]) -> None:
        pass

    def push_batch(self, updates: list[dict[str, Any]]) -> None:
        with self._cond:
            for upd in updates:
                upd["update_id"] = self._next_update_id
                self._next_update_id += 1
            self._pending.extend(updates)
            self._cond.notify_all()


@dataclass
class Sample:
    t: float
    replies: int
    rss: int
    bot_cpu: float
    driver_cpu: float


@dataclass
class Result:
    updates: int
    http: str
    rate_limit: str
    users: int
    inflight: int
    seconds: float
    throughput: float
    peak_rss_mb: float
    rss_mb_at: dict[str, float]
    memory: str
    bot_cpu_pct: float
    driver_cpu_pct: float
    bot_cpu_ms_per_update: float
    driver_cpu_ms_per_update: float
    missing: int
    doubled: int
    violations: list[str]
    exit_code: int | None
    cpu: str
    machine_busy_pct: float
    loadavg: tuple[float, float, float]
    command: str
    samples: list[dict[str, float]] = field(default_factory=list)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.split(':', 1)[1].strip()} × {os.cpu_count()}"
    except OSError:
        pass
    return f"{platform.processor() or platform.machine()} × {os.cpu_count()}"


def _cpu(proc: psutil.Process) -> float:
    t = proc.cpu_times()
    return float(t.user + t.system)


#: ``summitbot run`` with python-telegram-bot's default HTTP client (httpx) in place of
#: ``handlers.request.AiohttpRequest``, same pool size and concurrency (``--http httpx``).
HTTPX_CHILD = (
    "import sys; from telegram.request import HTTPXRequest; import handlers.app as t; "
    "t.AiohttpRequest = lambda n: HTTPXRequest(connection_pool_size=n); "
    "from bot.cli import main; sys.exit(main(['run']))"
)
#: The bot process by ``--http``.
BOT_COMMANDS = {
    "aiohttp": [sys.executable, "-m", "bot", "run"],
    "httpx": [sys.executable, "-c", HTTPX_CHILD],
}

#: MAX_MESSAGES_PER_SECOND by ``--rate-limit``.
MAX_RATE = {"off": "0", "telegram": "30"}


def soak(
    updates: int,
    *,
    rate_limit: str = "off",
    http: str = "aiohttp",
    users: int = 10_000,
    inflight: int = 1_000,
    timeout: float = 3_600.0,
    quiet: bool = False,
    extra_path: str | None = None,
) -> Result:
    def say(text: str) -> None:
        if not quiet:
            print(text, file=sys.stderr, flush=True)

    api = SoakBotAPI(token=TOKEN, bot_username="summit_soak_bot", validate_pushed_updates=False)
    sample = message_update(QUESTIONS[0][0], user_id=1)
    problems = api.validate_object({**sample, "update_id": 1})
    assert problems == [], problems
    me = psutil.Process()
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp, api:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK"))},
            "PYTHONPATH": os.pathsep.join(p for p in (extra_path, str(REPO)) if p),
            "PYTHONUNBUFFERED": "1",
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api.base_url,
            "DATA_DIR": tmp,
            "LOG_LEVEL": "INFO",
            "FLOOD_LIMIT": "10000",
            "FLOOD_WINDOW_SECONDS": "60",
            "MAX_MESSAGES_PER_SECOND": MAX_RATE[rate_limit],
            "ADMIN_USER_IDS": "",
        }
        env.pop("HEALTH_PORT", None)
        log_path = Path(tmp) / "bot.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(BOT_COMMANDS[http], cwd=REPO, env=env, stdout=log, stderr=log)
        try:
            started = time.monotonic()
            while not api.calls_of("getUpdates"):
                if proc.poll() is not None or time.monotonic() - started > 60:
                    tail = log_path.read_text(errors="replace")[-3000:]
                    raise RuntimeError(
                        f"the bot did not start polling (exit {proc.poll()}):\n{tail}"
                    )
                time.sleep(0.05)
            bot = psutil.Process(proc.pid)
            say(f"bot started (pid {proc.pid}); pushing {updates} updates")
            samples: list[Sample] = []
            done = threading.Event()
            t0 = time.time()

            def sampler() -> None:
                while not done.is_set():
                    try:
                        samples.append(
                            Sample(
                                time.time() - t0,
                                api.reply_count,
                                bot.memory_info().rss,
                                _cpu(bot),
                                _cpu(me),
                            )
                        )
                    except psutil.Error:
                        return
                    done.wait(SAMPLE_SECONDS)

            thread = threading.Thread(target=sampler, name="soak-sampler", daemon=True)
            thread.start()
            bot_cpu0, me_cpu0 = _cpu(bot), _cpu(me)
            psutil.cpu_percent()  # starts the system-wide measurement
            pushed_ids: list[int] = []
            user_ids = itertools.cycle(range(10_000_001, 10_000_001 + users))
            questions = itertools.cycle(QUESTIONS)
            first_push = time.time()
            last_report = first_push
            deadline = time.monotonic() + timeout
            pushed = 0
            while pushed < updates:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"gave up after {pushed} pushed, {api.reply_count} replies")
                room = min(100, updates - pushed, inflight - (pushed - api.reply_count))
                if room <= 0:
                    time.sleep(0.002)
                    continue
                batch = []
                for _ in range(room):
                    text, lang = next(questions)
                    upd = message_update(text, user_id=next(user_ids), language_code=lang)
                    batch.append(upd)
                    pushed_ids.append(upd["message"]["message_id"])
                api.push_batch(batch)
                pushed += room
                if time.time() - last_report > 10:
                    last_report = time.time()
                    rate = api.reply_count / (last_report - first_push)
                    say(f"  {api.reply_count} replies, {rate:.0f}/s")
            with api._cond:
                while api.reply_count < updates and time.monotonic() < deadline:
                    api._cond.wait(0.5)
            time.sleep(1.0)  # late duplicates would show up here
            bot_cpu1, me_cpu1 = _cpu(bot), _cpu(me)
            busy = psutil.cpu_percent()  # all cores, everything running on the machine
            loadavg = os.getloadavg()
            done.set()
            thread.join(timeout=5)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
            exit_code = proc.wait(timeout=10)
        last = api.last_reply or time.time()
        seconds = last - first_push
        replies = api.replies
        missing = sum(1 for mid in pushed_ids if replies.get(mid, 0) == 0)
        doubled = sum(1 for mid in pushed_ids if replies.get(mid, 0) > 1)
        rss_at: dict[str, float] = {}
        for pct in (10, 50, 100):
            want = updates * pct // 100
            at = next((s for s in samples if s.replies >= want), samples[-1])
            rss_at[f"{pct}%"] = round(at.rss / 2**20, 1)
        growth = rss_at["100%"] - rss_at["10%"]
        memory = "flat" if growth < max(10.0, 0.05 * rss_at["10%"]) else "growing"
        result = Result(
            updates=updates,
            http=http,
            rate_limit=rate_limit,
            users=users,
            inflight=inflight,
            seconds=round(seconds, 1),
            throughput=round(updates / seconds, 1),
            peak_rss_mb=round(max(s.rss for s in samples) / 2**20, 1),
            rss_mb_at=rss_at,
            memory=f"{memory} ({growth:+.1f} MB from 10 % to 100 %)",
            bot_cpu_pct=round(100 * (bot_cpu1 - bot_cpu0) / seconds, 1),
            driver_cpu_pct=round(100 * (me_cpu1 - me_cpu0) / seconds, 1),
            bot_cpu_ms_per_update=round(1000 * (bot_cpu1 - bot_cpu0) / updates, 3),
            driver_cpu_ms_per_update=round(1000 * (me_cpu1 - me_cpu0) / updates, 3),
            missing=missing,
            doubled=doubled,
            violations=api.violations[:10],
            exit_code=exit_code,
            cpu=cpu_model(),
            machine_busy_pct=busy,
            loadavg=(round(loadavg[0], 2), round(loadavg[1], 2), round(loadavg[2], 2)),
            command=shlex.join([sys.executable, "-m", "bench.soak", *sys.argv[1:]]),
            samples=[
                {
                    "t": round(s.t, 1),
                    "replies": s.replies,
                    "rss_mb": round(s.rss / 2**20, 1),
                }
                for s in samples[:: max(1, len(samples) // 40)]
            ],
        )
        log_lines = log_path.read_text(errors="replace").splitlines()
        errors = [line for line in log_lines if " ERROR " in line]
        if errors:
            say(f"{len(errors)} ERROR line(s) in the bot's log, e.g. {errors[0]}")
    return result


def markdown(r: Result) -> str:
    return "\n".join(
        [
            f"| updates | {r.updates:,} (HTTP client: {r.http}, rate limit: {r.rate_limit}, "
            f"{r.users:,} users, "
            f"≤ {r.inflight} in flight) |",
            "|---|---|",
            f"| wall time, first push → last reply | {r.seconds} s |",
            f"| throughput | **{r.throughput} updates/s** |",
            f"| bot peak RSS | {r.peak_rss_mb} MB |",
            f"| bot RSS at 10 / 50 / 100 % | {r.rss_mb_at['10%']} / {r.rss_mb_at['50%']} / "
            f"{r.rss_mb_at['100%']} MB: {r.memory} |",
            f"| bot CPU | {r.bot_cpu_pct} % of a core, {r.bot_cpu_ms_per_update} ms/update |",
            f"| fake Bot API + driver CPU | {r.driver_cpu_pct} % of a core, "
            f"{r.driver_cpu_ms_per_update} ms/update |",
            f"| replies missing / doubled | {r.missing} / {r.doubled} |",
            f"| violations | {len(r.violations)} |",
            f"| bot exit code (SIGTERM) | {r.exit_code} |",
            f"| CPU | {r.cpu} |",
            f"| machine during the run | {r.machine_busy_pct} % of all cores busy (everything "
            f"running), load average {r.loadavg[0]} / {r.loadavg[1]} / {r.loadavg[2]} |",
            f"| command | `{r.command}` |",
        ]
    )


def side_by_side(results: list[Result]) -> str:
    """One table of the runs of one invocation (``--http both``)."""
    rows = [
        "| HTTP client | throughput | bot CPU per update | bot peak RSS | missing / doubled |",
        "|---|---|---|---|---|",
    ]
    rows += [
        f"| {r.http} | {r.throughput} updates/s | {r.bot_cpu_ms_per_update} ms | "
        f"{r.peak_rss_mb} MB | {r.missing} / {r.doubled} |"
        for r in results
    ]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    parser.add_argument("--updates", type=int, default=100_000)
    parser.add_argument("--rate-limit", choices=sorted(MAX_RATE), default="off")
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--inflight", type=int, default=1_000)
    parser.add_argument("--timeout", type=float, default=3_600.0)
    parser.add_argument("--json", type=Path, help="also write the full result as JSON here")
    parser.add_argument(
        "--extra-path",
        metavar="DIR",
        help="put DIR first on the bot's PYTHONPATH (experiments, e.g. a package to try)",
    )
    parser.add_argument(
        "--http",
        choices=[*BOT_COMMANDS, "both"],
        default="aiohttp",
        help="the bot's HTTP client; 'both' runs httpx and aiohttp one after the other and "
        "prints them side by side",
    )
    args = parser.parse_args(argv)
    clients = list(BOT_COMMANDS) if args.http == "both" else [args.http]
    results = [
        soak(
            args.updates,
            rate_limit=args.rate_limit,
            http=client,
            users=args.users,
            inflight=args.inflight,
            timeout=args.timeout,
            extra_path=args.extra_path,
        )
        for client in reversed(clients)  # httpx first when both
    ]
    for result in results:
        print(markdown(result), end="\n\n")
    if len(results) > 1:
        print(side_by_side(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2, ensure_ascii=False))
    ok = not any(r.missing or r.doubled or r.violations for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
