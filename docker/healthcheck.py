"""Container health probe: exit 0 when summitbot's /healthz answers 2xx, else exit 1.

Standard library only (slim images have no curl). The URL is, in order:
  * ``HEALTHCHECK_URL`` when set (e.g. a bot listening on a specific address);
  * webhook mode (``WEBHOOK_URL`` set): ``http://127.0.0.1:$PORT/healthz`` (PORT default 8080);
  * polling mode: ``http://127.0.0.1:$HEALTH_PORT/healthz``, falling back to PORT, then 8080.
``HEALTHCHECK_TIMEOUT`` (seconds, default 3) bounds the whole request. Proxies from the
environment are ignored: the probe always talks to the local process directly.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping

DEFAULT_PORT = "8080"


def health_url(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    explicit = env.get("HEALTHCHECK_URL", "").strip()
    if explicit:
        return explicit
    port = env.get("PORT", "").strip() or DEFAULT_PORT
    if not env.get("WEBHOOK_URL", "").strip():
        port = env.get("HEALTH_PORT", "").strip() or port
    return f"http://127.0.0.1:{port}/healthz"


def main() -> int:
    url = health_url()
    try:
        timeout = float(os.environ.get("HEALTHCHECK_TIMEOUT", "") or 3)
    except ValueError:
        timeout = 3.0
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as resp:
            status = resp.status
            body = resp.read(300)
    except urllib.error.HTTPError as exc:  # 503 while the knowledge base is not loaded
        print(f"unhealthy: {url} -> HTTP {exc.code}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:  # refused, timed out, bad URL
        print(f"unhealthy: {url} -> {exc}", file=sys.stderr)
        return 1
    if not 200 <= status < 300:
        print(f"unhealthy: {url} -> HTTP {status}", file=sys.stderr)
        return 1
    print(f"healthy: {url} -> HTTP {status} {body.decode('utf-8', 'replace').strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
