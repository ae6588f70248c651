#!/bin/bash
# A local cluster on one machine: WildFly's load balancer and two (OPENUP_CLUSTER_NODES) application nodes, all from
# the one provisioned WildFly, each node with its own server directory and port offset, on the PostgreSQL database
# of OPENUP_DB_URL (default jdbc:postgresql://127.0.0.1:5432/openup_cluster), with the demo data.
#   cluster.sh <WildFly home> <openup.ear> <work directory>            the balancer and the nodes
#   cluster.sh <WildFly home> <openup.ear> <work directory> node <k>   node k alone (again), joining the others
# Users open http://localhost:8080/openup/ (the balancer); node k answers on 8080 + 100 k directly and has its
# management interface (health, metrics) on 9990 + 100 k. OPENUP_CLUSTER_PORT_OFFSET moves every port (the tests
# run a cluster beside their own server). Ctrl+C (or SIGTERM) stops everything. `./mvnw package -Pcluster` runs it.
set -euo pipefail
WILDFLY=$(cd "${1:?WildFly home}" && pwd)
EAR=$(cd "$(dirname "${2:?the EAR}")" && pwd)/$(basename "$2")
WORK=$(mkdir -p "${3:?a work directory}" && cd "$3" && pwd)
NODES=${OPENUP_CLUSTER_NODES:-2}
CLI=$(cd "$(dirname "$0")/../cli" && pwd)
export OPENUP_DB_URL=${OPENUP_DB_URL:-jdbc:postgresql://127.0.0.1:5432/openup_cluster}
export OPENUP_DB_USER=${OPENUP_DB_USER:-postgres}
export OPENUP_DB_PASSWORD=${OPENUP_DB_PASSWORD:-postgres}
OFFSET=${OPENUP_CLUSTER_PORT_OFFSET:-0}
export OPENUP_BALANCER_HOST=127.0.0.1 OPENUP_BALANCER_PORT=$((8090 + OFFSET))
if [[ "$OPENUP_DB_URL" == jdbc:postgresql://127.0.0.1:5432/openup_cluster ]] \
        && command -v psql >/dev/null; then # the default database, made on first use
    psql -h 127.0.0.1 -U "$OPENUP_DB_USER" -tAc "SELECT 1 FROM pg_database WHERE datname = 'openup_cluster'" \
        | grep -q 1 || psql -h 127.0.0.1 -U "$OPENUP_DB_USER" -qc "CREATE DATABASE openup_cluster ENCODING 'UTF8'"
fi

ONLY_NODE=""
if [[ "${4:-}" == node ]]; then
    ONLY_NODE=${5:?which node}
fi

# the node configuration (standalone-ha.xml) and the balancer's, by the same scripts IT runs on their servers
[[ -n "$ONLY_NODE" ]] || for script in datasource-postgresql server monitoring mail cluster; do
    "$WILDFLY/bin/jboss-cli.sh" --file="$CLI/$script.cli" -Dopenup.server.config=standalone-ha.xml \
        -Dpostgresql.jar="$WILDFLY/../../drivers/postgresql.jar" > "$WORK/configure-$script.log"
done
[[ -n "$ONLY_NODE" ]] || "$WILDFLY/bin/jboss-cli.sh" --file="$CLI/load-balancer.cli" > "$WORK/configure-balancer.log"

PIDS=()
export LAUNCH_JBOSS_IN_BACKGROUND=true # standalone.sh passes a stop on to its Java process
stop() {
    trap - INT TERM EXIT
    echo "Stopping the cluster"
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait || true
}
trap stop INT TERM EXIT

# each server: a fresh copy of the standalone directory (configuration, deployments, data, log) under the work dir
server() { # name
    rm -rf "${WORK:?}/$1"
    cp -r "$WILDFLY/standalone" "$WORK/$1"
    rm -rf "$WORK/$1/data" "$WORK/$1/log" "$WORK/$1/tmp" "$WORK/$1"/deployments/*
}

node() { # k
    server "node$1"
    cp "$EAR" "$WORK/node$1/deployments/"
    "$WILDFLY/bin/standalone.sh" -c standalone-ha.xml -Djboss.server.base.dir="$WORK/node$1" \
        -Djboss.node.name="node$1" -Djboss.socket.binding.port-offset=$((OFFSET + 100 * $1)) \
        -Djboss.bind.address.private=127.0.0.1 -Dopenup.demo=true > "$WORK/node$1.out" 2>&1 &
    PIDS+=($!)
}

if [[ -n "$ONLY_NODE" ]]; then
    node "$ONLY_NODE"
    echo "Starting node $ONLY_NODE; Ctrl+C stops it."
    wait
    exit 0
fi
server balancer
"$WILDFLY/bin/standalone.sh" -c standalone-load-balancer.xml -Djboss.server.base.dir="$WORK/balancer" \
    -Djboss.node.name=balancer -Djboss.socket.binding.port-offset="$OFFSET" > "$WORK/balancer.out" 2>&1 &
PIDS+=($!)
for k in $(seq 1 "$NODES"); do
    node "$k"
done
echo "Starting the balancer (http://localhost:$((8080 + OFFSET))/openup/) and $NODES nodes on $OPENUP_DB_URL; logs in $WORK"
echo "Ctrl+C stops the cluster."
wait
