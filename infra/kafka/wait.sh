#!/usr/bin/env bash
# Waits (at most KAFKA_WAIT_SECONDS, default 60) until the broker on KAFKA_PORT answers the Kafka
# protocol. On failure prints the end of the broker's logs, which say why.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# When the data dir is ours, the broker that answers must be the one formatted there.
cluster_id=""
meta="$KAFKA_DATA_DIR/logs/meta.properties"
[[ -f "$meta" ]] && cluster_id="$(sed -n 's/^cluster\.id=//p' "$meta")"
pid_args=()
[[ -f "$KAFKA_PID_FILE" ]] && pid_args=("$KAFKA_PID_FILE")

if node "$KAFKA_HOME/wait.js" "$KAFKA_BROKER_ADDRESS" "${KAFKA_WAIT_SECONDS:-60}" "$cluster_id" "${pid_args[@]}"; then
  echo "Kafka answers on $KAFKA_BROKER_ADDRESS"
  exit 0
fi

# The first errors say why; the shutdown that follows them only repeats it.
if [[ -s "$KAFKA_DATA_DIR/server.log" ]] && grep -q ' ERROR ' "$KAFKA_DATA_DIR/server.log"; then
  echo "--- first errors in $KAFKA_DATA_DIR/server.log" >&2
  grep -m 3 -A 2 ' ERROR ' "$KAFKA_DATA_DIR/server.log" >&2
fi
if [[ -s "$KAFKA_DATA_DIR/kafka.out" ]]; then
  echo "--- last lines of $KAFKA_DATA_DIR/kafka.out" >&2
  tail -n 20 "$KAFKA_DATA_DIR/kafka.out" >&2
fi
exit 1
