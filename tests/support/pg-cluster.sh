#!/bin/sh
# A throwaway PostgreSQL cluster for the tests and the benchmark, on 127.0.0.1 only.
#
#   tests/support/pg-cluster.sh start STATE_DIR    initdb + start; writes STATE_DIR/url, port, datadir
#   tests/support/pg-cluster.sh stop STATE_DIR     stop it and delete its data
#
# The cluster lives in a new temporary directory, owned by the user that runs the server: the
# caller, or `nobody` when the caller is root (PostgreSQL refuses to run as root, and CI runs as
# root). It listens on 127.0.0.1 and a free port, its Unix socket is in that directory, and its
# only role, `tricheck`, logs in with a password (SCRAM-SHA-256), so clients really go through
# the password path (keychain or PGPASSWORD). The password is PG_CLUSTER_PASSWORD (a default for
# tests otherwise). PG_CLUSTER_FSYNC=on keeps fsync on (benchmarks); tests run with it off.
#
# Missing PostgreSQL binaries are an error, not a skip: installer/quickstart.sh installs them.
set -eu

action=${1:-}
state=${2:-}
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }

bin=""
for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && bin=$dir
done
if [ -z "$bin" ]; then
    echo "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin): apt-get install postgresql" >&2
    exit 1
fi

if [ "$(id -u)" = 0 ]; then
    owner=nobody
    as_owner() { runuser -u "$owner" -- "$@"; }
else
    owner=$(id -un)
    as_owner() { "$@"; }
fi

stop_cluster() {
    [ -f "$state/datadir" ] || return 0
    data=$(cat "$state/datadir")
    if [ -d "$data/db" ]; then
        (cd "$data" && as_owner "$bin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1) || true
    fi
    case "$data" in
        */tricheck-pg.*) rm -rf "$data" ;;
    esac
    rm -f "$state/datadir" "$state/url" "$state/port"
}

case "$action" in
stop)
    stop_cluster
    echo "PostgreSQL test cluster stopped"
    ;;
start)
    mkdir -p "$state"
    stop_cluster # a cluster left over by an interrupted run
    data=$(mktemp -d "${TMPDIR:-/tmp}/tricheck-pg.XXXXXX")
    chmod 700 "$data"
    [ "$owner" = "$(id -un)" ] || chown "$owner" "$data"
    echo "$data" >"$state/datadir"
    cd "$data"
    umask 077
    printf '%s\n' "${PG_CLUSTER_PASSWORD:-tricheck-test-pg-password}" >"$data/pwfile"
    [ "$owner" = "$(id -un)" ] || chown "$owner" "$data/pwfile"
    if ! as_owner "$bin/initdb" -D "$data/db" -U tricheck --pwfile="$data/pwfile" -A scram-sha-256 \
        -E UTF8 --no-locale --no-sync >"$data/initdb.log" 2>&1; then
        cat "$data/initdb.log" >&2
        exit 1
    fi
    rm -f "$data/pwfile"
    fsync=${PG_CLUSTER_FSYNC:-off}
    started=""
    for attempt in 1 2 3 4 5 6 7 8; do
        # A random high port; the server refuses to start on one in use, then the next is tried.
        port=$(( $(od -An -N2 -tu2 /dev/urandom) % 30000 + 20000 ))
        if as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=$fsync -c max_connections=100" \
            start >/dev/null 2>&1; then
            started=yes
            break
        fi
        echo "port $port: server did not start (attempt $attempt)" >&2
    done
    if [ -z "$started" ]; then
        cat "$data/server.log" >&2 || true
        exit 1
    fi
    echo "$port" >"$state/port"
    echo "postgresql://tricheck@127.0.0.1:$port/postgres" >"$state/url"
    echo "PostgreSQL test cluster: postgresql://tricheck@127.0.0.1:$port/postgres (data in $data, server runs as $owner)"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
