#!/bin/sh
# Installs the Debian/Ubuntu packages Daftari needs, if any are missing.
#   scripts/system-deps.sh run    what the desktop app needs (Python venv, Qt's system libraries, fonts)
#   scripts/system-deps.sh test   the above, plus Node.js and Java for the differential tests,
#                                 binutils (objdump) for PyInstaller's packaging test, and
#                                 PostgreSQL (the tests start their own server with initdb)
# Runs apt-get as root, or through sudo; otherwise prints the exact command to run.
set -eu
want="python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 fonts-dejavu-core fonts-noto-core"
if [ "${1:-run}" = test ]; then
    want="$want nodejs npm default-jdk-headless binutils postgresql"
fi
missing=""
for p in $want; do
    # A tool already on PATH (node, java from another source) is as good as the package.
    case $p in
        nodejs) command -v node >/dev/null 2>&1 && continue ;;
        npm) command -v npm >/dev/null 2>&1 && continue ;;
        default-jdk-headless) command -v javac >/dev/null 2>&1 && continue ;;
        binutils) command -v objdump >/dev/null 2>&1 && continue ;;
        postgresql) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && continue ;;
        python3-venv) python3 -c "import venv, ensurepip" >/dev/null 2>&1 && continue ;;
    esac
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Daftari needs these Debian packages; please run as an administrator:" >&2
    echo "  apt-get install -y$missing" >&2
    exit 1
fi
echo "Installing system packages:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
