#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests (docs/ARCHITECTURE.md, "PostgreSQL store").
#
#   Scripts/test-postgres.sh start        initdb + start in a new temporary directory, on a free
#                                         loopback port; prints that directory
#   Scripts/test-postgres.sh url DIR      prints the cluster's URL (postgresql://puhui@127.0.0.1:PORT/puhui)
#   Scripts/test-postgres.sh stop DIR     stops the cluster and removes DIR
#
# The cluster runs as an unprivileged user: the caller, or `nobody` when the caller is root
# (initdb refuses to run as root). Trust authentication on 127.0.0.1 only, no fsync: it holds
# test data and nothing else. The tests read the URL from PUHUI_TEST_POSTGRES_URL:
#
#   dir=$(Scripts/test-postgres.sh start)
#   export PUHUI_TEST_POSTGRES_URL=$(Scripts/test-postgres.sh url "$dir")
#   trap 'Scripts/test-postgres.sh stop "$dir"' EXIT
set -euo pipefail

bin=${PUHUI_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}

die() { echo "test-postgres: $*" >&2; exit 1; }

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
    else
        "$@"
    fi
}

# A TCP port nobody listens on now (the kernel's choice).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    [ -x "$bin/initdb" ] || die "no $bin/initdb: install postgresql-15 (apt-get install postgresql-15)"
    local dir port
    dir=$(mktemp -d "${TMPDIR:-/tmp}/puhui-postgres.XXXXXX")
    [ "$(id -u)" = 0 ] && chown 65534:65534 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U puhui --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    # The port is chosen just before the server binds it; if another process took it meanwhile,
    # try again with another.
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
            echo "$port" >"$dir/port"
            as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U puhui puhui
            echo "$dir"
            return 0
        fi
    done
    cat "$dir/server.log" >&2
    die "the server did not start"
}

url() {
    local dir=${1:?usage: test-postgres.sh url DIR}
    [ -f "$dir/port" ] || die "$dir is not a running test cluster"
    echo "postgresql://puhui@127.0.0.1:$(cat "$dir/port")/puhui?sslmode=disable"
}

stop() {
    local dir=${1:?usage: test-postgres.sh stop DIR}
    [ -d "$dir/data" ] || die "$dir is not a test cluster"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    url) url "${2:-}" ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: Scripts/test-postgres.sh start | url DIR | stop DIR" >&2; exit 64 ;;
esac
