# Shell functions the scripts of config/ share; sourced, not run.

# asadmin returns before the application answers, so poll until the page does (bash's /dev/tcp,
# so nothing beyond a JDK and bash is needed).
http_status() {
    local port=$1 path=$2 line
    exec 3<>"/dev/tcp/localhost/$port" || return 1
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
    read -r -t 10 line <&3 || true
    exec 3<&-
    echo "${line:-}" | awk '{print $2}'
}

# wait_for PORT PATH SECONDS LOGS: until PATH answers 200, or says where to look (LOGS) and fails.
wait_for() {
    local port=$1 path=$2 seconds=$3 logs=$4
    for ((i = 0; i < seconds; i++)); do
        if [[ $(http_status "$port" "$path" 2>/dev/null) == 200 ]]; then return 0; fi
        sleep 1
    done
    echo "Nothing answered 200 on port $port $path within $seconds s; see $logs" >&2
    return 1
}

# asadmin is a new JVM for every command, a few hundred milliseconds of work: the JIT's optimizing
# compiler and the parallel collector only cost it CPU (about half of it, measured). The caller's own
# AS_EXTRA_JAVA_OPTS wins.
export AS_EXTRA_JAVA_OPTS=${AS_EXTRA_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}

# A test server lives for one test run. There the JIT's optimizing compiler (C2) took more CPU than the
# requests themselves, compiling code that ran some thousands of times and then never again; these
# options leave it the code that runs ten times as often as its defaults wait for (decision 0058).
# Only for test runs (PORTAL_TEST_JIT=hot-only): a benchmark or a production server keeps the defaults.
hot_only_jit=(
    -XX:Tier4InvocationThreshold=50000
    -XX:Tier4MinInvocationThreshold=6000
    -XX:Tier4CompileThreshold=150000
    -XX:Tier4BackEdgeThreshold=400000
)
# The cluster tier's administration server and instances and the crash test's domain live for minutes,
# and what they do is mostly starting (seven instance starts a run), deploying, and a few hundred pages
# or one import: there even the optimizing compiler's hot code did not pay for its compiling. With C1's
# code only, the cluster tier used 28 % less CPU, the crash test's domain a third less (decision 0063).
short_lived_jit=(-XX:TieredStopAtLevel=1)
# Adds JVM options to a domain's administration server (server-config: the first -Xmx option in its
# domain.xml) before it starts, as a JVM option takes effect only at a start; fails if there is none.
server_jvm_options() {
    local xml=$1 options="" option
    shift
    for option in "$@"; do options+="<jvm-options>$option</jvm-options>"; done
    sed -i "0,/<jvm-options>-Xmx[0-9]*[mg]<\/jvm-options>/s||&$options|" "$xml"
    grep -q -- "<jvm-options>$1</jvm-options>" "$xml" || { echo "No -Xmx option in $xml to add $* to" >&2; exit 1; }
}
hot_only_jit_wanted() {
    case ${PORTAL_TEST_JIT:-default} in
        hot-only) return 0 ;;
        default) return 1 ;;
        *) echo "PORTAL_TEST_JIT is '$PORTAL_TEST_JIT'; it may be hot-only or default." >&2; exit 1 ;;
    esac
}
