#!/bin/sh
# The container's entrypoint: uvicorn with the options `make run` uses, configured from the environment.
# exec, so uvicorn is the process that receives SIGTERM: it stops accepting, lets open requests and streams
# finish (up to GRACEFUL_TIMEOUT seconds), then exits 0. Arguments given to the container replace this.
set -eu
if [ "$#" -gt 0 ]; then
    exec "$@"
fi
exec python -m uvicorn app.main:app \
    --host "${HOST:-0.0.0.0}" --port "${PORT:-8000}" --workers "${WORKERS:-1}" \
    --loop asyncio --http app.http_protocol:HttpToolsProtocolNoDelay \
    --no-server-header --no-access-log --proxy-headers \
    --timeout-graceful-shutdown "${GRACEFUL_TIMEOUT:-20}"
