#!/usr/bin/env bash
# The cluster tests' Payara deployment group: two instances, a shared H2 over TCP and HAProxy, made by
# following the README's section "Deploying to a Payara cluster" word for word on a domain of its own.
#
#   config/cluster.sh test-start [payara-home] [ear]   domain "portal-cluster-it" (DAS ports PORTAL_CLUSTER_PORTBASE,
#                                                       default 20600), database at +92, balancer at +90
#   config/cluster.sh test-stop  [payara-home]         stop the balancer, the group, the domain and the database
#   config/cluster.sh stop-instance  NAME [payara-home]   stop one instance (asadmin stop-instance)
#   config/cluster.sh kill-instance  NAME [payara-home]   kill -9 one instance's JVM
#   config/cluster.sh start-instance NAME [payara-home]   start it again and wait until it is ready
#   config/cluster.sh stop-group | start-group [payara-home]   the whole group
#   config/cluster.sh asadmin ARGUMENTS...                      asadmin against the group's domain
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
command=${1:-}
case $command in
    stop-instance | kill-instance | start-instance) instance=${2:?instance name}; shift ;;
    asadmin) shift; export PATH="$root/portal-ear/target/payara6/bin:$PATH" AS_ADMIN_PORT=$((${PORTAL_CLUSTER_PORTBASE:-20600} + 48)); exec asadmin "$@" ;;
esac
payara=${2:-$root/portal-ear/target/payara6}
ear=${3:-$root/portal-ear/target/portal.ear}
portbase=${PORTAL_CLUSTER_PORTBASE:-20600}
state=$root/portal-ear/target/cluster
domain=portal-cluster-it
balancer_port=$((portbase + 90))
export PATH="$payara/bin:$PATH" AS_ADMIN_PORT=$((portbase + 48))

# The commands of the Nth sh block of the README's cluster section.
readme_block() {
    awk -v n="$1" '
        /^## / { section = ($0 == "## Deploying to a Payara cluster") }
        section && /^```sh$/ { count++; inside = (count == n); next }
        section && /^```$/ { inside = 0; next }
        inside { print }
    ' "$root/README.md"
}

# shellcheck source=lib.sh
. "$here/lib.sh"

# The README's commands run as written; on a test run, its `asadmin start-domain` first gives the new
# domain's administration server the short-lived JIT options of lib.sh (a JVM option takes effect
# only at a start; the instances get theirs through portal-config below).
asadmin() {
    if [[ ${1:-} == start-domain ]] && hot_only_jit_wanted; then
        server_jvm_options "$payara/glassfish/domains/$domain/config/domain.xml" "${short_lived_jit[@]}"
    fi
    command asadmin "$@"
}

# Until the page answers, or fail saying where the logs are.
wait_until_up() {
    wait_for "$1" "$2" "${3:-300}" "$payara/glassfish/nodes/portal-node/*/logs/server.log"
}

# The HTTP port of an instance, as the README lists them.
instance_port() {
    sed -n "s|^$1: http://localhost:\([0-9]*\)/\$|\1|p" "$state/instances.txt"
}

ensure_haproxy() {
    command -v haproxy >/dev/null 2>&1 && return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing HAProxy for the cluster tests ..."
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    else
        echo "The cluster tests need HAProxy: sudo apt-get install haproxy" >&2
        exit 1
    fi
}

stop_everything() {
    if [[ -f $state/haproxy.pid ]]; then
        kill "$(cat "$state/haproxy.pid")" 2>/dev/null || true
        rm -f "$state/haproxy.pid"
    fi
    for pidfile in "$payara"/glassfish/nodes/portal-node/*/config/pid; do
        [[ -f $pidfile ]] && kill -9 "$(cat "$pidfile")" 2>/dev/null || true
    done
    asadmin stop-domain --kill=true "$domain" >/dev/null 2>&1 || true
    asadmin stop-database --dbport $((portbase + 92)) >/dev/null 2>&1 || true
}

case $command in
    test-start)
        [[ -x $payara/bin/asadmin ]] || { echo "No Payara Server at $payara: build first." >&2; exit 1; }
        [[ -f $ear ]] || { echo "No EAR at $ear: build first." >&2; exit 1; }
        ensure_haproxy
        stop_everything
        rm -rf "$state" "$payara/glassfish/nodes/portal-node" "$payara/glassfish/domains/$domain"
        mkdir -p "$state"
        cd "$root"
        started=$SECONDS
        DOMAIN=$domain PORTBASE=$portbase DB_PORT=$((portbase + 92)) DB_HOME=$state/db
        unset AS_ADMIN_PORT
        # The README's second block: domain, database, resources, group, demo logins.
        eval "$(readme_block 2)" >"$state/setup.log" 2>&1
        # What only the tests need: their GreenMail, mail links to the balancer, a quick outbox, a nightly
        # run every minute, and a dead instance's job runs taken over after 90 s instead of 5 minutes.
        asadmin set "resources.mail-resource.mail/portal.property.mail-smtp-port=$((portbase + 25))" >>"$state/setup.log"
        asadmin create-system-properties --target portal-config \
            "portal.base-url=http\\://localhost\\:$balancer_port:portal.outbox.interval=1:portal.outbox.first-retry=1:portal.outbox.longest-retry=3:portal.nightly-jobs.every-minute=true:portal.jobs.silent-after=90" \
            >>"$state/setup.log"
        if hot_only_jit_wanted; then
            asadmin create-jvm-options --target portal-config \
                "$(printf '%s\n' "${short_lived_jit[@]}" | sed 's/:/\\:/g' | paste -sd:)" >>"$state/setup.log"
        fi
        # The README's third block: start the group, deploy, list the instances' addresses.
        eval "$(readme_block 3)" >"$state/instances.txt" 2>"$state/deploy.log"
        cat "$state/instances.txt"
        PORTAL_BIND=":$balancer_port" PORTAL_1="localhost:$(instance_port portal-1)" \
            PORTAL_2="localhost:$(instance_port portal-2)" \
            haproxy -D -p "$state/haproxy.pid" -f config/haproxy/portal.cfg
        for instance in portal-1 portal-2; do wait_until_up "$(instance_port $instance)" /health/ready; done
        wait_until_up "$balancer_port" /signin.xhtml
        echo "Payara deployment group for the cluster tests is up in $((SECONDS - started)) s: balancer http://localhost:$balancer_port/"
        ;;
    test-stop)
        stop_everything
        ;;
    stop-instance)
        asadmin stop-instance "$instance" >/dev/null
        ;;
    kill-instance)
        pid=$(cat "$payara/glassfish/nodes/portal-node/$instance/config/pid")
        kill -9 "$pid"
        # Returns once the JVM is gone, so its sockets are closed when the caller goes on.
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
        ;;
    start-instance)
        started=$SECONDS
        asadmin start-instance "$instance" >/dev/null
        wait_until_up "$(instance_port "$instance")" /health/ready
        echo "$instance ready $((SECONDS - started)) s after start-instance"
        ;;
    stop-group)
        asadmin stop-deployment-group portal-group >/dev/null
        ;;
    start-group)
        asadmin start-deployment-group portal-group >/dev/null
        for instance in portal-1 portal-2; do wait_until_up "$(instance_port $instance)" /health/ready; done
        ;;
    *)
        sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
