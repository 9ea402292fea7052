# summitbot — production image.
#
#   docker build -t summitbot .
#   docker run -d --read-only --tmpfs /tmp -v summitbot-data:/data \
#     -e TELEGRAM_BOT_TOKEN_FILE=/run/secrets/telegram_token \
#     -v "$PWD/secrets/telegram_bot_token:/run/secrets/telegram_token:ro" summitbot
#
# Every stage starts from BASE_IMAGE, so the interpreter the venv was built against is the
# one it runs on. No secret is ever baked in: the token comes from the environment or a file.
ARG BASE_IMAGE=python:3.12-slim

# --- build: a self-contained virtualenv in /venv with the project installed (not editable)
FROM ${BASE_IMAGE} AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /venv

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot/ bot/
COPY handlers/ handlers/
COPY knowledge/ knowledge/
# pip byte-compiles what it installs, so the read-only runtime never needs to write .pyc files.
RUN /venv/bin/pip install --no-cache-dir . \
 && /venv/bin/summitbot kb check

# --- runtime: the venv, the editable knowledge copy and a tiny health probe; nothing else
FROM ${BASE_IMAGE} AS runtime

ARG UID=10001
ARG GID=10001

# A fixed, unprivileged identity (numeric USER below, so runAsNonRoot can verify it).
# /data is created and owned by it here, so a fresh named volume inherits the ownership.
RUN groupadd --gid "${GID}" summitbot \
 && useradd --uid "${UID}" --gid "${GID}" --no-create-home --no-log-init \
      --home-dir /nonexistent --shell /usr/sbin/nologin summitbot \
 && mkdir -p /data \
 && chown "${UID}:${GID}" /data \
 && chmod 0750 /data

COPY --from=build /venv /venv
# The wheel already bundles the knowledge base (bot/_knowledge); this copy is what
# KNOWLEDGE_DIR points at, so curators can bind-mount an edited knowledge/ over it.
COPY knowledge/ /app/knowledge/
COPY docker/healthcheck.py /app/healthcheck.py

# HOME=/tmp: the root filesystem may be read-only; /tmp is expected to be a tmpfs.
# HEALTH_PORT makes polling mode serve /healthz too; in webhook mode it is served on PORT.
ENV PATH="/venv/bin:${PATH}" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/data \
    PORT=8080 \
    HEALTH_PORT=8080

WORKDIR /app
VOLUME ["/data"]
EXPOSE 8080
USER ${UID}:${GID}

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/venv/bin/python", "-I", "/app/healthcheck.py"]

# Exec form: summitbot is PID 1 and receives SIGTERM itself (python-telegram-bot stops cleanly).
STOPSIGNAL SIGTERM
ENTRYPOINT ["summitbot"]
CMD ["run"]
