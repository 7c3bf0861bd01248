# shellcheck shell=bash
# Shared by deploy/local/up and deploy/local/down (sourced, not run): where things live, which
# processes make up the stack, and how to tell whether one of them is running.
#
# Every setting is an environment variable with a local default, so two developers' habits (another
# PostgreSQL, a busy port) need no edits here.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
LOCAL_DIR="$ROOT/.local"            # ignored by git (.gitignore)
PID_DIR="$LOCAL_DIR/pids"
LOG_DIR="$LOCAL_DIR/logs"
KAFKA_DIR="$LOCAL_DIR/kafka"

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-postgres}"
DB_PASSWORD="${DB_PASSWORD:-}"
export DB_HOST DB_PORT DB_USER DB_PASSWORD

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"

# Keycloak (deploy/local/keycloak): the OpenID provider the console signs in at and the services
# trust. auto: started when a JDK >= 21 is found; off: the services trust the development key only.
KEYCLOAK="${KEYCLOAK:-auto}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_DIR="$LOCAL_DIR/keycloak"
KEYCLOAK_ISSUER="http://localhost:$KEYCLOAK_PORT/realms/alliance"
KEYCLOAK_READY_TIMEOUT="${KEYCLOAK_READY_TIMEOUT:-480}"   # its first start builds it

REGISTRY_PORT="${REGISTRY_PORT:-8081}"
APPLICATION_PORT="${APPLICATION_PORT:-8082}"
REVIEW_PORT="${REVIEW_PORT:-8083}"
MATCHING_PORT="${MATCHING_PORT:-8084}"
# health and metrics answer on each service's management port, not on its API port
REGISTRY_MANAGEMENT_PORT="${REGISTRY_MANAGEMENT_PORT:-9081}"
APPLICATION_MANAGEMENT_PORT="${APPLICATION_MANAGEMENT_PORT:-9082}"
REVIEW_MANAGEMENT_PORT="${REVIEW_MANAGEMENT_PORT:-9083}"
MATCHING_MANAGEMENT_PORT="${MATCHING_MANAGEMENT_PORT:-9084}"

# Loopback only by default: the local stack is for one developer's machine.
SERVICE_BIND_HOST="${SERVICE_BIND_HOST:-127.0.0.1}"
# Serial GC and a capped heap keep four JVMs and a broker comfortable on a 2-core laptop.
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--XX:+UseSerialGC -Xmx256m -XX:MaxMetaspaceSize=192m -Xss512k}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"   # seconds for all four services to report ready
STOP_TIMEOUT="${STOP_TIMEOUT:-30}"      # seconds a process gets to stop gracefully before SIGKILL

SERVICES=(registry-service application-service review-service matching-service)

service_port() {
    case "$1" in
        registry-service) echo "$REGISTRY_PORT" ;;
        application-service) echo "$APPLICATION_PORT" ;;
        review-service) echo "$REVIEW_PORT" ;;
        matching-service) echo "$MATCHING_PORT" ;;
        *) return 1 ;;
    esac
}

service_management_port() {
    case "$1" in
        registry-service) echo "$REGISTRY_MANAGEMENT_PORT" ;;
        application-service) echo "$APPLICATION_MANAGEMENT_PORT" ;;
        review-service) echo "$REVIEW_MANAGEMENT_PORT" ;;
        matching-service) echo "$MATCHING_MANAGEMENT_PORT" ;;
        *) return 1 ;;
    esac
}

# The database each service owns (the name in its application.properties: alliance.database).
service_database() {
    echo "${1%-service}"
}

service_jar() {
    echo "$ROOT/services/$1/target/quarkus-app/quarkus-run.jar"
}

pid_file() {
    echo "$PID_DIR/$1.pid"
}

log_file() {
    echo "$LOG_DIR/$1.log"
}

# Text that appears in the command line of the process only when this project's stack started it,
# so a recycled pid (or the same service run by hand from elsewhere) is never mistaken for ours.
process_marker() {
    if [[ "$1" == kafka ]]; then
        echo "$KAFKA_DIR/server.properties"
    elif [[ "$1" == keycloak ]]; then
        echo "$KEYCLOAK_DIR/keycloak-"      # kc.sh passes -Dkc.home.dir=<its folder>
    else
        service_jar "$1"
    fi
}

# Prints the pid of component $1 when its pid file names a live process of ours; fails otherwise.
running_pid() {
    local file pid args
    file="$(pid_file "$1")"
    [[ -f "$file" ]] || return 1
    pid="$(tr -dc '0-9' < "$file")"
    [[ -n "$pid" ]] || return 1
    args="$(ps -ww -o args= -p "$pid" 2>/dev/null)" || return 1
    [[ "$args" == *"$(process_marker "$1")"* ]] || return 1
    echo "$pid"
}

# True while process $1 exists and is not a zombie (a child that exited but was not reaped yet).
is_alive() {
    local state
    state="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
    [[ -n "$state" && "$state" != Z* ]]
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Who listens on port $1, for messages (empty when ss is not available).
port_owner() {
    if command -v ss >/dev/null 2>&1; then
        ss -ltnpH "sport = :$1" 2>/dev/null | awk '{print $NF}' | head -n 1
    fi
}

# Stops the given components: SIGTERM to all of them at once, then waits up to STOP_TIMEOUT seconds,
# then SIGKILL for any that is still there. Removes their pid files. Components that are not
# running only lose a stale pid file.
stop_components() {
    local name pid waited
    local -a names=() pids=()
    for name in "$@"; do
        if pid="$(running_pid "$name")"; then
            echo "stopping $name (pid $pid)"
            kill -TERM "$pid" 2>/dev/null || true
            names+=("$name")
            pids+=("$pid")
        elif [[ -f "$(pid_file "$name")" ]]; then
            echo "$name was not running (removing its stale pid file)"
            rm -f "$(pid_file "$name")"
        fi
    done
    ((${#pids[@]} > 0)) || return 0
    waited=0
    while ((waited < STOP_TIMEOUT * 5)); do
        local alive=0 i
        for i in "${!pids[@]}"; do
            if is_alive "${pids[$i]}"; then
                alive=1
            fi
        done
        ((alive)) || break
        sleep 0.2
        waited=$((waited + 1))
    done
    local i
    for i in "${!pids[@]}"; do
        if is_alive "${pids[$i]}"; then
            echo "${names[$i]} (pid ${pids[$i]}) did not stop within ${STOP_TIMEOUT}s: killing it"
            kill -KILL "${pids[$i]}" 2>/dev/null || true
            while is_alive "${pids[$i]}"; do sleep 0.1; done
        fi
        rm -f "$(pid_file "${names[$i]}")"
    done
}

# Services first so that they close their Kafka clients while the broker is still there.
stop_stack() {
    stop_components "${SERVICES[@]}"
    stop_components kafka keycloak
}

# True when the stack's Keycloak serves the alliance realm.
keycloak_ready() {
    [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$KEYCLOAK_PORT/realms/alliance/.well-known/openid-configuration")" == 200 ]]
}

# The PostgreSQL JDBC driver the services ship, for lib/DbSetup.java (no psql client needed).
pg_driver() {
    compgen -G "$ROOT/services/registry-service/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar" | head -n 1
}

stack_databases() {
    local svc
    for svc in "${SERVICES[@]}"; do
        service_database "$svc"
    done
}
