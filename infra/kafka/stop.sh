#!/usr/bin/env bash
# Stops the broker whose pid file is in KAFKA_DATA_DIR: SIGTERM (a clean shutdown that flushes
# logs and checkpoints), then SIGKILL after KAFKA_STOP_SECONDS (default 30). Does nothing when no
# broker runs there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if ! pid="$(kafka_running_pid)"; then
  rm -f "$KAFKA_PID_FILE"
  echo "Kafka not running for $KAFKA_DATA_DIR"
  exit 0
fi

kill -TERM "$pid" 2>/dev/null || true
deadline=$((SECONDS + ${KAFKA_STOP_SECONDS:-30}))
while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
  sleep 0.2
done

if kill -0 "$pid" 2>/dev/null; then
  echo "Kafka (pid $pid) still running after ${KAFKA_STOP_SECONDS:-30} s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
fi

rm -f "$KAFKA_PID_FILE"
echo "Kafka stopped (pid $pid)"
