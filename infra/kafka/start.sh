#!/usr/bin/env bash
# Starts a single-node KRaft Kafka broker (broker and controller in one JVM) on 127.0.0.1 in the
# background and returns once it answers the Kafka protocol. Formats storage on first start only,
# so a restart on the same KAFKA_DATA_DIR keeps topics, messages and committed offsets.
#
#   KAFKA_PORT             client listener (default 9092)
#   KAFKA_CONTROLLER_PORT  KRaft controller listener (default 9093)
#   KAFKA_DATA_DIR         config, pid file, logs and partition data (default infra/kafka/data)
#   KAFKA_HEAP_OPTS        JVM heap flags (default sized for a 2-core box shared with tests)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if pid="$(kafka_running_pid)"; then
  echo "Kafka already running (pid $pid) for $KAFKA_DATA_DIR"
  exec bash "$KAFKA_HOME/wait.sh"
fi

bash "$KAFKA_HOME/fetch.sh"

mkdir -p "$KAFKA_DATA_DIR"
KAFKA_DATA_DIR="$(cd "$KAFKA_DATA_DIR" && pwd)"
log_dir="$KAFKA_DATA_DIR/logs"
config="$KAFKA_DATA_DIR/server.properties"

# Rewritten on every start so a changed port takes effect. The quorum is static (one voter named
# in the config, not in the metadata log), which keeps a data dir usable on other ports later.
cat >"$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=$log_dir

num.partitions=3
auto.create.topics.enable=false
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0

# Two cores shared with the test processes: fewer threads than the defaults.
num.network.threads=2
num.io.threads=4
background.threads=4
num.recovery.threads.per.data.dir=1
log.cleaner.threads=1
PROPS

classpath="$KAFKA_LIB_DIR/*"
log4j=("-Dlog4j2.configurationFile=$KAFKA_HOME/log4j2.properties" "-Dkafka.logs.dir=$KAFKA_DATA_DIR")

if [[ ! -f "$log_dir/meta.properties" ]]; then
  # Kafka's cluster ids are 16 random bytes in unpadded URL-safe base64. One starting with "-" would be read by
  # kafka-storage as an option ("--cluster-id: expected one argument"), so such a draw is made again.
  cluster_id="-"
  while [ "${cluster_id#-}" != "$cluster_id" ]; do
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  done
  "$KAFKA_JAVA" -Xmx256m "${log4j[@]}" -cp "$classpath" kafka.tools.StorageTool \
    format --cluster-id "$cluster_id" --config "$config" >"$KAFKA_DATA_DIR/format.log" 2>&1 || {
    echo "start.sh: formatting $log_dir failed:" >&2
    cat "$KAFKA_DATA_DIR/format.log" >&2
    exit 1
  }
fi

# Each start gets a fresh server.log, so its errors are the ones wait.sh shows; the previous run's
# log stays beside it for a look after a restart.
[[ -f "$KAFKA_DATA_DIR/server.log" ]] && mv -f "$KAFKA_DATA_DIR/server.log" "$KAFKA_DATA_DIR/server.log.previous"

heap="${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}"
# shellcheck disable=SC2086 # heap holds several JVM flags
setsid "$KAFKA_JAVA" $heap \
  -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:ActiveProcessorCount=2 -XX:+ExitOnOutOfMemoryError \
  -Djava.awt.headless=true "${log4j[@]}" \
  -cp "$classpath" kafka.Kafka "$config" \
  </dev/null >"$KAFKA_DATA_DIR/kafka.out" 2>&1 &
echo $! >"$KAFKA_PID_FILE"

exec bash "$KAFKA_HOME/wait.sh"
