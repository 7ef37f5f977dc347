# shellcheck shell=bash
# Sourced by scripts/test, scripts/demo and .ci/run: creates or updates the project's virtual
# environment at .venv (Python 3.11) and installs tally into it in editable mode.
#
# The install is skipped when nothing it depends on changed since the last one (pyproject.toml,
# the extras asked for, the Python version), so re-running a script with a ready venv is fast.
# Callers must `cd` to the repository root first.

VENV_DIR=".venv"
VENV_PY="$VENV_DIR/bin/python"

# Prints the command of a Python 3.11+ interpreter to build the venv with, or fails.
_tally_find_python() {
    local candidate
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "error: tally needs Python 3.11 or newer (python3.11 or python3 on PATH); none was found" >&2
    return 1
}

# ensure_venv [EXTRAS]: make .venv and `pip install -e .[EXTRAS]` into it (EXTRAS like "dev" or
# "dev,bench"; empty for the plain package). Safe to call again and again.
ensure_venv() {
    local extras="${1:-}"
    local spec="."
    [ -n "$extras" ] && spec=".[$extras]"

    if [ -x "$VENV_PY" ] && ! "$VENV_PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "The virtual environment at $VENV_DIR is broken or too old; making a new one." >&2
        rm -rf "$VENV_DIR"
    fi
    if [ ! -x "$VENV_PY" ]; then
        rm -rf "$VENV_DIR" # a half-made or moved venv: its links point nowhere
        local python
        python="$(_tally_find_python)" || return 1
        echo "Creating a virtual environment at $VENV_DIR with $("$python" --version 2>&1) ..."
        "$python" -m venv "$VENV_DIR" || return 1
    fi

    # One stamp per set of extras: what was installed, from which pyproject.toml, for which Python.
    local stamp="$VENV_DIR/.tally-installed-${extras:-base}"
    local want
    want="$(
        {
            cat pyproject.toml
            echo "extras=$extras"
            "$VENV_PY" --version 2>&1
        } | sha256sum | cut -d' ' -f1
    )"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$VENV_DIR/bin/tally" ]; then
        return 0
    fi

    echo "Installing tally and its dependencies into $VENV_DIR (pip install -e '$spec') ..."
    local log
    log="$(mktemp)"
    if ! "$VENV_PY" -m pip install --quiet --disable-pip-version-check -e "$spec" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "error: installing tally into $VENV_DIR failed (pip's output is above)" >&2
        return 1
    fi
    rm -f "$log"
    echo "$want" >"$stamp"
}
