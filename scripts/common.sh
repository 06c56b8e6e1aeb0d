# Shared set-up steps for scripts/serve and scripts/test (sourced, not run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
VENV=".venv"

# Install Debian packages that are missing (needs root or sudo; skipped when all are present).
ensure_debian_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "Please install: ${missing[*]}" >&2; return 1
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Python build needs (psycopg2 compiles against libpq) and gettext for the catalogues.
ensure_base_system() {
  local pkgs=(gcc libpq-dev gettext)
  command -v pg_config >/dev/null && pkgs=(gcc gettext)
  # Debian's own python3 needs these for venv and C extensions; a custom build has them.
  if [ "$(command -v "$PYTHON")" = "/usr/bin/python3" ]; then pkgs+=(python3-venv python3-dev); fi
  ensure_debian_packages "${pkgs[@]}"
}

ensure_venv() {
  local extras="$1"  # "" for the site, "test" for the suite
  local spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-${extras:-site}"
  # Reinstall only when pyproject.toml changed since the last install.
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q "$spec"  # dependencies only; the code runs from here
    touch "$stamp"
  fi
}

prepare_django() {
  "$VENV/bin/python" manage.py compilemessages -v0 --ignore="$VENV" --ignore=node_modules
}
