#!/usr/bin/env bash
# Creates the missing topics of topics.json on the broker at KAFKA_PORT (or KAFKA_BROKERS).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
exec node "$KAFKA_HOME/create-topics.js" "${KAFKA_BROKERS:-$KAFKA_BROKER_ADDRESS}"
