#!/usr/bin/env bash
# Copies the pinned Kafka broker and its runtime jars from Maven Central into lib/.
# Skips Maven entirely when lib/ already holds a complete copy for the current pom.xml, so
# starting the broker works offline once fetched.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

marker="$KAFKA_LIB_DIR/.fetched"
wanted="$(sha256sum "$KAFKA_HOME/pom.xml" | cut -d' ' -f1)"

if [[ -f "$marker" && "$(<"$marker")" == "$wanted" ]]; then
  exit 0
fi

command -v mvn >/dev/null || { echo "fetch.sh: Maven (mvn) is needed to fetch Kafka; install it (apt-get install maven)" >&2; exit 1; }

# Two test processes may start brokers at once; only one of them fetches.
mkdir -p "$KAFKA_HOME/target"
exec 9>"$KAFKA_HOME/target/fetch.lock"
flock 9
if [[ -f "$marker" && "$(<"$marker")" == "$wanted" ]]; then
  exit 0
fi

# A changed pom may pin another version: start from an empty lib/ so old jars never linger.
rm -rf "$KAFKA_LIB_DIR"
mvn -B -q -Dstyle.color=never -f "$KAFKA_HOME/pom.xml" package
echo "$wanted" >"$marker"
