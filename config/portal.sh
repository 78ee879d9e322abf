#!/usr/bin/env bash
# Runs the portal on the Payara Server that the build unpacked under portal-ear/target.
#
#   config/portal.sh demo  [payara-home] [ear]   start domain1 on H2 with demo data, deploy, print the address
#   config/portal.sh stop  [payara-home]         stop the demo server
#   config/portal.sh test-start [payara-home]    fresh domain "portal-it" (ports 200xx) for ./mvnw verify
#                                                (PORTAL_IT_PORTBASE moves it, e.g. to 21000; PORTAL_IT_DB=sqlserver
#                                                puts it on a real SQL Server, see docs/sqlserver.md)
#   config/portal.sh test-stop  [payara-home]
#   config/portal.sh crash-start [payara-home]   fresh domain "portal-crash" for ContactImportCrashIT, which kills
#   config/portal.sh crash-restart [payara-home] and restarts it (PORTAL_CRASH_PORTBASE, default the IT port
#                                                base + 500); its H2 runs in a process of its own, which
#                                                outlives the killed server
#   config/portal.sh crash-stop [payara-home]    stop and delete it, and its database
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
command=${1:-}
payara=${2:-$root/portal-ear/target/payara6}
ear=${3:-$root/portal-ear/target/portal.ear}
asadmin="$payara/bin/asadmin"
it_portbase=${PORTAL_IT_PORTBASE:-20000}
# The test domain's database: h2 (a fresh file in the domain), or sqlserver, an empty database on a real
# SQL Server (./mvnw verify -Dit.db=sqlserver -Dit.db.url=... -Dit.db.user=..., docs/sqlserver.md).
it_db=${PORTAL_IT_DB:-h2}
# the crash test computes it the same way: it.portbase + 500
crash_portbase=${PORTAL_CRASH_PORTBASE:-$((it_portbase + 500))}

need_payara() {
    [[ -x $asadmin ]] || { echo "No Payara Server at $payara: build first (see README)." >&2; exit 1; }
}

# shellcheck source=lib.sh
. "$here/lib.sh"

# Until the page answers, or fail saying where the logs are.
wait_until_up() {
    wait_for "$1" "$2" "${3:-180}" "$payara/glassfish/domains/*/logs/server.log"
}

# The browser tests need Debian's Chromium and chromedriver; install them where we may.
ensure_browser() {
    command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing Chromium and chromedriver for the browser tests ..."
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
        echo "The browser tests need Chromium and chromedriver: sudo apt-get install chromium chromium-driver" >&2
        exit 1
    fi
}

# Creates the pool (from the database file given, h2.asadmin by default), the resources and the demo data.
configure() {
    local domain=$1 port=$2 database=${3:-$here/payara/h2.asadmin} marker="$payara/glassfish/domains/$1/portal-configured"
    if [[ ! -f $marker ]]; then
        cat "$database" "$here/payara/resources.asadmin" "$here/payara/demo.asadmin" \
            | "$asadmin" --port "$port" multimode --file /dev/stdin >/dev/null
        touch "$marker"
    fi
}

# The test domain on a real SQL Server: what it needs from the build and the caller, checked before
# anything is created.
sqlserver_test_settings() {
    local missing=()
    [[ -n ${PORTAL_IT_DB_URL:-} ]] || missing+=("-Dit.db.url=jdbc:sqlserver://HOST:1433;databaseName=NAME;encrypt=true")
    [[ -n ${PORTAL_IT_DB_USER:-} ]] || missing+=("-Dit.db.user=LOGIN")
    [[ -n ${PORTAL_IT_DB_PASSWORD:-} ]] || missing+=("the login's password in the environment variable PORTAL_IT_DB_PASSWORD")
    if ((${#missing[@]})); then
        echo "The tests on SQL Server (-Dit.db=sqlserver) need (docs/sqlserver.md):" >&2
        printf '    %s\n' "${missing[@]}" >&2
        exit 1
    fi
    driver=${PORTAL_IT_DB_DRIVER:-$root/portal-ear/target/jdbc/mssql-jdbc.jar}
    [[ -f $driver ]] || { echo "No SQL Server JDBC driver at $driver: build first (./mvnw package)." >&2; exit 1; }
}

# The pool of sqlserver.asadmin, given by a JDBC URL and a login whose password is the domain's alias
# PORTAL_IT_DB_PASSWORD_ALIAS; written to a file for configure. (asadmin wants : and = escaped.)
sqlserver_test_pool() {
    local file=$1 line url user
    line=$(grep '^create-jdbc-connection-pool' "$here/payara/sqlserver.asadmin")
    [[ $line == *" --property="*" portal-pool" ]] \
        || { echo "config/payara/sqlserver.asadmin no longer ends its pool line with --property=... portal-pool" >&2; exit 1; }
    url=$(printf '%s' "$PORTAL_IT_DB_URL" | sed 's/[\\:=]/\\&/g')
    user=$(printf '%s' "$PORTAL_IT_DB_USER" | sed 's/[\\:=]/\\&/g')
    printf '%s --property=URL="%s":user="%s":password="${ALIAS=%s}" portal-pool\n' \
        "${line%% --property=*}" "$url" "$user" "${PORTAL_IT_DB_PASSWORD_ALIAS:-portal-db-password}" >"$file"
}

# Keeps the password in the fresh domain's alias, through a file rather than a command line.
sqlserver_test_alias() {
    local port=$1 secrets
    secrets=$(mktemp)
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$PORTAL_IT_DB_PASSWORD" >"$secrets"
    "$asadmin" --port "$port" --passwordfile "$secrets" create-password-alias \
        "${PORTAL_IT_DB_PASSWORD_ALIAS:-portal-db-password}" >/dev/null
    rm -f "$secrets"
}

# Asks the pool for a connection, so a server that cannot be reached, or refuses the login, stops the
# run here with the driver's own words rather than at the first test.
sqlserver_test_ping() {
    local port=$1 answer
    if ! answer=$("$asadmin" --port "$port" ping-connection-pool portal-pool 2>&1); then
        echo "The tests' SQL Server at $PORTAL_IT_DB_URL (login $PORTAL_IT_DB_USER) could not be reached:" >&2
        echo "$answer" | sed 's/^/    /' >&2
        "$asadmin" stop-domain portal-it >/dev/null 2>&1 || true
        exit 1
    fi
}

# A domain's H2 database in a process of its own (Payara's start-database, on the port base + 92, the
# file in the domain's lib/databases), for a domain whose server is killed: the database outlives the
# server and rolls back the transaction the server left open. An embedded H2 dies with a killed server,
# and on reopening can keep rows of that uncommitted transaction (docs/decisions/0040).
h2_server_start() {
    local domain=$1 portbase=$2 home="$payara/glassfish/domains/$1/lib/databases"
    mkdir -p "$home"
    "$asadmin" start-database --dbhost localhost --dbport $((portbase + 92)) --dbhome "$home" >/dev/null
}

h2_server_stop() {
    "$asadmin" stop-database --dbport $(($1 + 92)) >/dev/null 2>&1 || true
}

# h2.asadmin with its pool pointed at that process instead of the embedded file.
h2_server_pool() {
    local file=$1 domain=$2 portbase=$3 line
    local embedded='${com.sun.aas.instanceRoot}/lib/databases/portal;AUTO_SERVER\=TRUE;'
    local served="tcp\\://localhost\\:$((portbase + 92))/$payara/glassfish/domains/$domain/lib/databases/portal;"
    line=$(grep '^create-jdbc-connection-pool' "$here/payara/h2.asadmin")
    [[ $line == *"$embedded"* ]] \
        || { echo "config/payara/h2.asadmin no longer names the embedded file $embedded" >&2; exit 1; }
    { echo "${line/"$embedded"/"$served"}"; grep -v '^create-jdbc-connection-pool' "$here/payara/h2.asadmin"; } >"$file"
}

# Payara keeps an uploaded deployment as <java.io.tmpdir>/<file name>: with the shared /tmp, two
# builds on one machine deploying portal.ear at once would delete each other's upload.
start_domain() {
    local domain=$1
    mkdir -p "$payara/glassfish/domains/$domain/tmp"
    JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$payara/glassfish/domains/$domain/tmp" \
        "$asadmin" start-domain "$domain" 2> >(grep -v "Picked up JAVA_TOOL_OPTIONS" >&2) >/dev/null
}

# Java thread priorities become Linux nice values, the lowest (the batch jobs' threads, see
# resources.asadmin) nice 19, so jobs take only the CPU that people's pages leave (decision 0042).
job_priority() {
    local xml="$payara/glassfish/domains/$1/config/domain.xml"
    grep -q 'ThreadPriorityPolicy' "$xml" \
        || server_jvm_options "$xml" -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19
}

# The test JIT options of lib.sh in a test domain's domain.xml, before it starts: hot-only, or for a
# domain that only starts and runs one import (second argument short-lived), C1's code only.
test_jit() {
    local xml="$payara/glassfish/domains/$1/config/domain.xml"
    hot_only_jit_wanted || return 0
    if [[ ${2:-} == short-lived ]]; then
        server_jvm_options "$xml" "${short_lived_jit[@]}"
    else
        server_jvm_options "$xml" "${hot_only_jit[@]}"
    fi
}

# Changing the listeners' settings (resources.asadmin) restarts each at once, and now and then one of
# them does not come back (Payara logs "GrizzlyProxy is NULL"; 1 in 12 times measured); restarting
# the domain brings it back. Called after configure, whose last commands run seconds after those.
listeners_back() {
    local domain=$1 port
    shift
    for port in "$@"; do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "Port $port does not answer after the listeners' settings changed: restarting $domain ..."
            "$asadmin" stop-domain "$domain" >/dev/null
            start_domain "$domain"
            return
        fi
    done
}

# A new domain with the demo data, started and configured, replacing one of that name: on H2, or on
# the tests' SQL Server when a third argument says sqlserver; a fourth (short-lived) chooses test_jit's
# options.
fresh_domain() {
    local domain=$1 portbase=$2 database=${3:-h2} jit=${4:-}
    "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
    if [[ -d $payara/glassfish/domains/$domain ]]; then
        "$asadmin" delete-domain "$domain" >/dev/null
    fi
    if [[ $database == h2-server ]]; then
        h2_server_stop "$portbase"
    fi
    "$asadmin" create-domain --nopassword --portbase "$portbase" "$domain" >/dev/null
    # One server takes every test class's deployment in turn (about sixty, decision 0005); each
    # redeployment leaves some memory behind, and at 1 GB the embedded database ran out of heap
    # before the last, so the domains get 2 GB.
    sed -i 's/-Xmx512m/-Xmx2g/' "$payara/glassfish/domains/$domain/config/domain.xml"
    job_priority "$domain"
    test_jit "$domain" "$jit"
    if [[ $database == sqlserver ]]; then
        # the domain's lib folder is read when the domain starts
        cp "$driver" "$payara/glassfish/domains/$domain/lib/"
        start_domain "$domain"
        # a step that fails leaves no server running (the build's stop step does not run then)
        trap '"$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true' ERR
        sqlserver_test_alias $((portbase + 48))
        local pool="$payara/glassfish/domains/$domain/sqlserver-pool.asadmin"
        sqlserver_test_pool "$pool"
        configure "$domain" $((portbase + 48)) "$pool"
        sqlserver_test_ping $((portbase + 48))
        trap - ERR
    elif [[ $database == h2-server ]]; then
        h2_server_start "$domain" "$portbase"
        start_domain "$domain"
        local pool="$payara/glassfish/domains/$domain/h2-server-pool.asadmin"
        h2_server_pool "$pool" "$domain" "$portbase"
        configure "$domain" $((portbase + 48)) "$pool"
    else
        start_domain "$domain"
        configure "$domain" $((portbase + 48))
    fi
    listeners_back "$domain" $((portbase + 80)) $((portbase + 81))
}

# The portal an earlier run deployed loads with the domain, in the background, while this run deploys
# the new EAR, and the two deployments collide (WELD-000163, non-unique bean deployment identifier).
# Switched off in the stopped domain's configuration it does not load; the deployment switches it on.
earlier_portal_off() {
    local config=$payara/glassfish/domains/$1/config/domain.xml
    [[ -f $config ]] && sed -i '/<application-ref [^>]*ref="portal"/{s/ enabled="[^"]*"//g;s/<application-ref /<application-ref enabled="false" /}' "$config"
    return 0
}

case $command in
    demo)
        need_payara
        [[ -f $ear ]] || { echo "No EAR at $ear: build first." >&2; exit 1; }
        "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
        earlier_portal_off domain1
        job_priority domain1
        echo "Starting Payara Server (domain1) ..."
        "$asadmin" start-domain domain1 >/dev/null
        configure domain1 4848
        listeners_back domain1 8080 8181
        echo "Deploying $(basename "$ear") ..."
        "$asadmin" deploy --force=true --enabled=true --name portal "$ear" >/dev/null
        wait_until_up 8080 /signin.xhtml
        echo
        echo "Service Portal is running at http://localhost:8080/"
        echo "Sign in as anna, sven, mark (customers), tom (technician) or ada (administrator);"
        echo "every demo password is Service-Demo-2026. Stop it with: config/portal.sh stop"
        ;;
    stop)
        need_payara
        "$asadmin" stop-domain domain1
        ;;
    test-start)
        need_payara
        case $it_db in
            h2) ;;
            sqlserver) sqlserver_test_settings ;;
            *) echo "PORTAL_IT_DB (-Dit.db) is '$it_db'; it may be h2 or sqlserver." >&2; exit 1 ;;
        esac
        ensure_browser
        fresh_domain portal-it "$it_portbase" "$it_db"
        # The tests' GreenMail listens on the port base + 25.
        "$asadmin" --port $((it_portbase + 48)) set \
            "resources.mail-resource.mail/portal.property.mail-smtp-port=$((it_portbase + 25))" >/dev/null
        # Mail links point at this server; the outbox tries every second and retries within seconds.
        "$asadmin" --port $((it_portbase + 48)) create-system-properties \
            "portal.base-url=http\\://localhost\\:$((it_portbase + 80)):portal.outbox.interval=1:portal.outbox.first-retry=1:portal.outbox.longest-retry=3" >/dev/null
        echo "Payara Server for the tests is up: admin port $((it_portbase + 48)), HTTP port $((it_portbase + 80)), database $it_db"
        ;;
    test-stop)
        need_payara
        # The server's memory after the whole test run, as a figure to watch.
        pid=$(pgrep -f -- "$payara/glassfish.*-domainname portal-it" | head -1 || true)
        if [[ -n $pid ]]; then
            echo "Payara Server (portal-it) resident memory after the tests: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
        fi
        "$asadmin" stop-domain portal-it >/dev/null 2>&1 || true
        # The crash test's own domain, should the test have ended without removing it.
        "$asadmin" stop-domain --kill=true portal-crash >/dev/null 2>&1 || true
        h2_server_stop "$crash_portbase"
        ;;
    crash-start)
        need_payara
        fresh_domain portal-crash "$crash_portbase" h2-server short-lived
        echo "Payara Server for the crash test is up: admin port $((crash_portbase + 48)), HTTP port $((crash_portbase + 80))"
        ;;
    crash-restart)
        need_payara
        start_domain portal-crash
        ;;
    crash-stop)
        need_payara
        "$asadmin" stop-domain --kill=true portal-crash >/dev/null 2>&1 || true
        h2_server_stop "$crash_portbase"
        if [[ -d $payara/glassfish/domains/portal-crash ]]; then
            "$asadmin" delete-domain portal-crash >/dev/null
        fi
        ;;
    *)
        sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
