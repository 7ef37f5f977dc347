# shellcheck shell=bash
# Sourced by scripts/test: makes a PostgreSQL server available for the tests that need one and
# exports TALLY_TEST_PG_URL for them.
#
# What it does, in order, stopping as soon as the tests can connect:
#   - a TALLY_TEST_PG_URL set by the caller is used as it is;
#   - a server answering on 127.0.0.1:5432 is used (a Debian-managed one gets trust auth for the
#     `postgres` user over TCP if it asks for a password, and a `test` database if it has none);
#   - a Debian cluster that is installed but stopped is started;
#   - otherwise PostgreSQL is installed from Debian's packages (apt-get, as root) and started.
# When none of that works the PostgreSQL tests are skipped, except under CI (CI=true), where a
# missing PostgreSQL fails the run. Needs VENV_PY (scripts/_venv.sh) for psycopg.

TALLY_PG_PORT=5432
TALLY_PG_DEFAULT_URL="postgresql+psycopg://postgres@127.0.0.1:$TALLY_PG_PORT/test"
_TALLY_HBA_MARK="# added by tally scripts/test: trust the postgres user over local TCP"

_pg_port_open() {
    timeout 3 bash -c "</dev/tcp/127.0.0.1/$TALLY_PG_PORT" 2>/dev/null
}

# _pg_connect DBNAME: can the postgres user connect to DBNAME on 127.0.0.1 without a password?
_pg_connect() {
    "$VENV_PY" - "$1" "$TALLY_PG_PORT" <<'EOF'
import sys

import psycopg

try:
    psycopg.connect(
        host="127.0.0.1", port=sys.argv[2], user="postgres", dbname=sys.argv[1], connect_timeout=5
    ).close()
except psycopg.Error as error:
    print(f"  ({str(error).strip()})", file=sys.stderr)
    sys.exit(1)
EOF
}

_pg_create_test_db() {
    "$VENV_PY" - "$TALLY_PG_PORT" <<'EOF'
import sys

import psycopg

with psycopg.connect(
    host="127.0.0.1", port=sys.argv[1], user="postgres", dbname="postgres", autocommit=True
) as conn:
    if conn.execute("SELECT 1 FROM pg_database WHERE datname = 'test'").fetchone() is None:
        conn.execute("CREATE DATABASE test")
        print("Created the PostgreSQL database 'test'.")
EOF
}

_as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo "$@"
    else
        return 1
    fi
}

# The Debian cluster configured for the port, as "VERSION NAME", if there is one.
_pg_debian_cluster() {
    command -v pg_lsclusters >/dev/null 2>&1 || return 1
    pg_lsclusters --no-header 2>/dev/null |
        awk -v port="$TALLY_PG_PORT" '$3 == port { print $1, $2; found = 1; exit } END { exit !found }'
}

_pg_start_cluster() {
    local version name
    read -r version name < <(_pg_debian_cluster) || return 1
    echo "Starting the PostgreSQL $version cluster '$name' ..."
    _as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start ||
        _as_root service postgresql start || return 1
    local _
    for _ in $(seq 1 30); do
        _pg_port_open && return 0
        sleep 1
    done
    return 1
}

_pg_install() {
    command -v apt-get >/dev/null 2>&1 || return 1
    echo "No PostgreSQL server answers on 127.0.0.1:$TALLY_PG_PORT; installing one from Debian's packages ..."
    local log
    log="$(mktemp)"
    if ! { _as_root apt-get update -qq &&
        _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        rm -f "$log"
        echo "warning: apt-get could not install PostgreSQL (its output is above)" >&2
        return 1
    fi
    rm -f "$log"
    if ! _pg_debian_cluster >/dev/null; then
        local version
        version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
        [ -n "$version" ] || return 1
        _as_root pg_createcluster --port "$TALLY_PG_PORT" "$version" main >/dev/null || return 1
    fi
}

# Lets the postgres user in over 127.0.0.1 and ::1 without a password, on a Debian cluster.
_pg_trust_local_tcp() {
    local version name hba
    read -r version name < <(_pg_debian_cluster) || return 1
    hba="/etc/postgresql/$version/$name/pg_hba.conf"
    [ -f "$hba" ] || return 1
    if ! grep -qF "$_TALLY_HBA_MARK" "$hba"; then
        echo "Letting the postgres user connect over 127.0.0.1 without a password ($hba) ..."
        local tmp
        tmp="$(mktemp)"
        {
            echo "$_TALLY_HBA_MARK"
            echo "host all postgres 127.0.0.1/32 trust"
            echo "host all postgres ::1/128 trust"
            cat "$hba"
        } >"$tmp"
        _as_root cp "$tmp" "$hba" || { rm -f "$tmp"; return 1; }
        rm -f "$tmp"
    fi
    _as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" reload
}

_pg_unavailable() {
    if [ "${CI:-}" = "true" ]; then
        echo "error: PostgreSQL is not available ($1), and CI must run the PostgreSQL tests." >&2
        return 1
    fi
    echo "warning: PostgreSQL is not available ($1); the PostgreSQL tests will be skipped." >&2
    unset TALLY_TEST_PG_URL
    return 0
}

ensure_postgres() {
    if [ -n "${TALLY_TEST_PG_URL:-}" ]; then
        echo "PostgreSQL tests use TALLY_TEST_PG_URL as given."
        export TALLY_TEST_PG_URL
        return 0
    fi
    if ! _pg_port_open; then
        if ! _pg_debian_cluster >/dev/null; then
            _pg_install || true
        fi
        if _pg_debian_cluster >/dev/null; then
            _pg_start_cluster || true
        fi
    fi
    if ! _pg_port_open; then
        if ! command -v apt-get >/dev/null 2>&1; then
            _pg_unavailable "nothing answers on 127.0.0.1:$TALLY_PG_PORT and apt-get is not there to install it"
        else
            _pg_unavailable "nothing answers on 127.0.0.1:$TALLY_PG_PORT and it could not be installed or started"
        fi
        return
    fi
    if ! _pg_connect postgres 2>/dev/null; then
        _pg_trust_local_tcp || true
        if ! _pg_connect postgres; then
            _pg_unavailable "the postgres user cannot connect to 127.0.0.1:$TALLY_PG_PORT without a password"
            return
        fi
    fi
    if ! _pg_create_test_db || ! _pg_connect test; then
        _pg_unavailable "the database 'test' on 127.0.0.1:$TALLY_PG_PORT could not be created or opened"
        return
    fi
    export TALLY_TEST_PG_URL="$TALLY_PG_DEFAULT_URL"
    echo "PostgreSQL tests use $TALLY_TEST_PG_URL"
}
