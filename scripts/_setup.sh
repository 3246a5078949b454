# shellcheck shell=bash
# Shared setup for scripts/run and scripts/test (sourced, not run). It finds a Python that Rapport
# supports, keeps .venv in step with pyproject.toml, and installs the Debian libraries Qt loads.
#
# Knobs (environment):
#   RAPPORT_PYTHON=/path/to/python   use this interpreter to create .venv (must be 3.12 or 3.13)
#   RAPPORT_SKIP_APT=1               never call apt-get; only say what is missing

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO_ROOT/.venv"
VENV_PY="$VENV/bin/python"
STAMP="$VENV/.rapport-install-stamp"

# Libraries every Qt start needs, the offscreen platform included. An entry may list alternatives
# joined by '|': Debian 13 renamed some libraries (the t64 transition).
# shellcheck disable=SC2034  # used by the scripts that source this file
QT_BASE_DEBS=(
    libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
    "libglib2.0-0|libglib2.0-0t64" libxkbcommon0 fonts-dejavu-core
)
# What the xcb and wayland platform plugins load on a real desktop (found with ldd on PySide6 6.12).
# shellcheck disable=SC2034
QT_DESKTOP_DEBS=(
    libx11-xcb1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-randr0 libxcb-render-util0 libxcb-image0
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    # Qt loads the CUPS library at run time to list printers and print (without it, PDF only).
    "libcups2|libcups2t64"
)
# What the print tests print through: a private CUPS scheduler (cups), its command-line tools
# (cups-client), the CUPS-PDF virtual printer's driver, and Ghostscript, which turns what the
# printer receives back into a PDF to read.
# shellcheck disable=SC2034
PRINT_TEST_DEBS=(cups cups-client printer-driver-cups-pdf ghostscript "libcups2|libcups2t64")

say() { printf 'rapport: %s\n' "$*" >&2; }
die() {
    say "error: $*"
    exit 1
}

# --- Python -----------------------------------------------------------------------------------

# PySide6 6.12 on Python 3.11 leaks references to None and aborts, and pyproject.toml asks for
# >=3.12,<3.14: only 3.12 and 3.13 will do. Running the candidate is the only honest check, since a
# pyenv shim for python3.12 exists on PATH even when pyenv would refuse to run it.
python_is_supported() {
    "$1" -c 'import sys; sys.exit(sys.version_info[:2] not in ((3, 12), (3, 13)))' >/dev/null 2>&1
}

python_version_of() {
    "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null || echo "unknown"
}

find_python() {
    local candidate root version dir
    if [[ -n "${RAPPORT_PYTHON:-}" ]]; then
        python_is_supported "$RAPPORT_PYTHON" ||
            die "RAPPORT_PYTHON=$RAPPORT_PYTHON is Python $(python_version_of "$RAPPORT_PYTHON"); Rapport needs 3.12 or 3.13"
        printf '%s\n' "$RAPPORT_PYTHON"
        return
    fi
    for candidate in python3.12 python3.13 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_is_supported "$candidate"; then
            command -v "$candidate"
            return
        fi
    done
    # pyenv's own builds, whichever version pyenv has selected.
    root="${PYENV_ROOT:-$HOME/.pyenv}"
    if command -v pyenv >/dev/null 2>&1; then
        root="$(pyenv root 2>/dev/null || printf '%s' "$root")"
    fi
    for version in 3.12 3.13; do
        while IFS= read -r dir; do
            candidate="$dir/bin/python$version"
            if [[ -x "$candidate" ]] && python_is_supported "$candidate"; then
                printf '%s\n' "$candidate"
                return
            fi
        done < <(compgen -G "$root/versions/$version.*" | sort -rV)
    done
    die "no Python 3.12 or 3.13 found (Python 3.11 will not do: PySide6 6.12 aborts on it).
  Install one, then run this again. For example:
    pyenv install 3.12          (then this script finds it by itself)
    apt-get install python3.13 python3.13-venv    (Debian 13; Ubuntu 24.04: python3.12-venv)
    brew install python@3.12                      (macOS)
  or point RAPPORT_PYTHON at a 3.12/3.13 interpreter."
}

# Debian's own Pythons leave out ensurepip (it lives in pythonX.Y-venv), so `-m venv` fails there.
make_venv() {
    local python="$1" version
    if "$python" -m venv "$VENV"; then
        return
    fi
    version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    rm -rf "$VENV"
    install_debs "creating .venv" "python$version-venv" || true
    "$python" -m venv "$VENV" || die "could not create .venv with $python"
}

# Creates .venv if needed and (re)installs the project with the given extras (comma separated)
# when pyproject.toml, the set of top-level packages, or the extras asked for have changed.
ensure_venv() {
    local extras="${1:-}" python want spec log
    if [[ -e "$VENV" ]] && ! python_is_supported "$VENV_PY"; then
        say ".venv runs Python $(python_version_of "$VENV_PY") (or none); recreating it"
        rm -rf "$VENV"
    fi
    if [[ ! -e "$VENV_PY" ]]; then
        python="$(find_python)"
        say "creating .venv with $python (Python $(python_version_of "$python"))"
        make_venv "$python"
    fi

    want="$(install_fingerprint)"
    local old_hash="" old_extras="" all_extras
    if [[ -f "$STAMP" ]]; then
        old_hash="$(sed -n 1p "$STAMP")"
        old_extras="$(sed -n 2p "$STAMP")"
    fi
    if [[ "$old_hash" == "$want" ]] && extras_cover "$old_extras" "$extras"; then
        return
    fi
    # Extras installed before are kept, so scripts/run after scripts/test does not drop pytest.
    all_extras="$(merge_extras "$extras" "$old_extras")"

    spec="$REPO_ROOT"
    [[ -n "$all_extras" ]] && spec="${REPO_ROOT}[${all_extras}]"
    log="$VENV/pip-install.log"
    say "installing the project into .venv (pip install -e '.${all_extras:+[$all_extras]}'); log: .venv/pip-install.log"
    say "the first time this downloads about 135 MB (Qt for Python the most) and takes a few minutes:"
    rm -f "$STAMP"
    # pip's own output goes to the log; what it is fetching and installing is shown as it goes,
    # so a first run does not sit silent for half a minute.
    "$VENV_PY" -m pip install --disable-pip-version-check --progress-bar off -e "$spec" 2>&1 |
        tee "$log" | show_pip_progress
    if [[ "${PIPESTATUS[0]}" != 0 ]]; then
        grep -v 'is ignored: it is neither a file nor a directory' "$log" | tail -n 40 >&2
        die "pip install failed (full log: $log)"
    fi
    printf '%s\n%s\n' "$want" "$all_extras" >"$STAMP"
}

# Reads pip's output and prints one short line per package fetched, then the install step.
show_pip_progress() {
    local line count=0
    while IFS= read -r line; do
        case "$line" in
        *"Installing build dependencies: started"*)
            say "  preparing…"
            ;;
        Collecting\ *)
            count=$((count + 1))
            say "  [$count] ${line#Collecting }"
            ;;
        *Downloading\ *)
            say "      downloading ${line##*Downloading }"
            ;;
        Installing\ collected\ packages:*)
            say "  installing $count packages…"
            ;;
        Successfully\ installed*)
            say "  done"
            ;;
        esac
    done
}

# What an editable install depends on: pyproject.toml, the interpreter, and which top-level
# packages exist (an editable install maps the packages it saw; a new one needs a reinstall).
install_fingerprint() {
    (
        cd "$REPO_ROOT" || exit 1
        "$VENV_PY" -c 'import sys; print(sys.version)'
        cat pyproject.toml
        compgen -G '*/__init__.py' | sort
    ) | "$VENV_PY" -c 'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())'
}

merge_extras() {
    printf '%s,%s\n' "$1" "$2" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -
}

extras_cover() { # $1 installed extras, $2 wanted extras
    local e
    for e in ${2//,/ }; do
        [[ ",$1," == *",$e,"* ]] || return 1
    done
}

# --- Debian libraries -------------------------------------------------------------------------

# Prints, one a line, the first name of each entry that has no installed alternative.
debs_missing() {
    local entry alt installed=" "
    local -a all=()
    for entry in "$@"; do
        IFS='|' read -ra alts <<<"$entry"
        all+=("${alts[@]}")
    done
    # dpkg-query exits 1 when any name is unknown; its output still lists the ones it knows.
    installed+="$({ dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${all[@]}" 2>/dev/null || true; } |
        awk '$2 ~ /^ii/ {print $1}' | tr '\n' ' ')"
    for entry in "$@"; do
        IFS='|' read -ra alts <<<"$entry"
        local found=""
        for alt in "${alts[@]}"; do
            [[ "$installed" == *" $alt "* ]] && found=1
        done
        [[ -n "$found" ]] || printf '%s\n' "${alts[0]}"
    done
}

# install_debs WHY ENTRY... — installs what is missing on Debian/Ubuntu; elsewhere does nothing.
# Never fatal: if it cannot install, it says what to run and lets the caller go on.
install_debs() {
    local why="$1"
    shift
    [[ "$(uname -s)" == Linux ]] || return 0
    command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || return 0
    local -a missing
    mapfile -t missing < <(debs_missing "$@")
    ((${#missing[@]})) || return 0

    local -a sudo=()
    if [[ "$(id -u)" != 0 ]] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo=(sudo -n) # only where sudo needs no password: this script never prompts
    fi
    if [[ -n "${RAPPORT_SKIP_APT:-}" ]] || [[ "$(id -u)" != 0 && ${#sudo[@]} == 0 ]]; then
        say "missing Debian packages for $why: ${missing[*]}"
        say "install them with: sudo apt-get install -y ${missing[*]}"
        return 1
    fi

    say "installing Debian packages for $why: ${missing[*]}"
    local log
    log="$(mktemp -t rapport-apt.XXXXXX)"
    local -a apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y
        -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
    # Try with the package lists as they are; refresh them only if that fails (fresh machines).
    if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" </dev/null >"$log" 2>&1; then
        if ! { "${apt[@]}" update && "${apt[@]}" install --no-install-recommends "${missing[@]}"; } \
            </dev/null >>"$log" 2>&1; then
            tail -n 20 "$log" >&2
            say "warning: apt-get could not install ${missing[*]}; run: apt-get install -y ${missing[*]}"
            rm -f "$log"
            return 1
        fi
    fi
    rm -f "$log"
}
