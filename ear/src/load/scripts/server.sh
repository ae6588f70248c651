#!/usr/bin/env bash
# Starts or stops the provisioned WildFly (PostgreSQL) in the background for a load test, with the EAR of
# ear/target/openup.ear, its own data directory and a port offset so that it can run beside the tests.
#
#   ear/src/load/scripts/server.sh start   # database from OPENUP_DB_URL (default jdbc:postgresql://127.0.0.1:5432/openup_load)
#   ear/src/load/scripts/server.sh stop
#   ear/src/load/scripts/server.sh heap    # heap used / committed / max and the old generation's peak (jstat)
#
# Environment: OPENUP_DB_URL, OPENUP_DB_USER (postgres), OPENUP_DB_PASSWORD (x), LOAD_PORT_OFFSET (0: http 8080),
# LOAD_XMX (1g, as the run profile), OPENUP_DEMO (true: loads the demo into an empty database).
# Build first: ./mvnw install -DskipTests -Ppostgres
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
home="$(ls -d "$root"/wildfly-config/target/server-postgresql/wildfly-* | head -1)"
offset="${LOAD_PORT_OFFSET:-0}"
pidfile="$home/standalone/load-server.pid"
log="$home/standalone/log/load-console.log"
case "${1:-}" in
start)
    export OPENUP_DB_URL="${OPENUP_DB_URL:-jdbc:postgresql://127.0.0.1:5432/openup_load}"
    export OPENUP_DB_USER="${OPENUP_DB_USER:-postgres}"
    export OPENUP_DB_PASSWORD="${OPENUP_DB_PASSWORD:-x}"
    cp "$root/ear/target/openup.ear" "$home/standalone/deployments/openup.ear"
    rm -f "$home/standalone/deployments/openup.ear.failed"
    mkdir -p "$home/standalone/log"
    JAVA_OPTS="-Xms256m -Xmx${LOAD_XMX:-1g} -XX:+UseG1GC -Djava.net.preferIPv4Stack=true" \
        nohup "$home/bin/standalone.sh" -c standalone-run.xml \
        -Djboss.socket.binding.port-offset="$offset" \
        -Dopenup.demo="${OPENUP_DEMO:-true}" \
        -Djboss.server.data.dir="$home/standalone/data-load" >"$log" 2>&1 &
    echo $! >"$pidfile"
    port=$((8080 + offset))
    for _ in $(seq 1 300); do
        if [ -f "$home/standalone/deployments/openup.ear.deployed" ] && \
           curl -sf -o /dev/null "http://127.0.0.1:$port/openup/login.xhtml"; then
            echo "up: http://127.0.0.1:$port/openup ($OPENUP_DB_URL), pid $(cat "$pidfile")"; exit 0
        fi
        if [ -f "$home/standalone/deployments/openup.ear.failed" ]; then
            echo "deployment failed, see $home/standalone/log/server.log" >&2; exit 1
        fi
        sleep 2
    done
    echo "not up after 10 minutes, see $log" >&2; exit 1 ;;
stop)
    [ -f "$pidfile" ] || { echo "not started by this script"; exit 0; }
    # standalone.sh starts java as its child; stop that one, then the script ends too
    java_pid="$(pgrep -P "$(cat "$pidfile")" java || true)"
    kill "${java_pid:-$(cat "$pidfile")}" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 1; done
    rm -f "$pidfile" "$home/standalone/deployments/openup.ear"* ; echo stopped ;;
heap)
    java_pid="$(pgrep -P "$(cat "$pidfile")" java)"
    jcmd "$java_pid" GC.heap_info | head -3 ;;
*) echo "usage: $0 start|stop|heap" >&2; exit 2 ;;
esac
