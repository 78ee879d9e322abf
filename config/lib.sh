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
