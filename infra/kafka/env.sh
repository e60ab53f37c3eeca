# shellcheck shell=bash disable=SC2034 # the variables are read by the scripts that source this
# Shared settings for the broker scripts; sourced, never run. Every value can be overridden from
# the environment so tests can run several brokers side by side.
KAFKA_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_LIB_DIR="$KAFKA_HOME/lib"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$KAFKA_HOME/data}"
KAFKA_PID_FILE="$KAFKA_DATA_DIR/kafka.pid"
KAFKA_BROKER_ADDRESS="127.0.0.1:$KAFKA_PORT"

if [[ -n "${JAVA_HOME:-}" ]]; then
  KAFKA_JAVA="$JAVA_HOME/bin/java"
else
  KAFKA_JAVA="java"
fi

# Prints the broker's pid when the pid file names a live kafka.Kafka process; a stale file
# (broker crashed, pid reused by something else) counts as not running.
kafka_running_pid() {
  [[ -f "$KAFKA_PID_FILE" ]] || return 1
  local pid
  pid="$(<"$KAFKA_PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}
