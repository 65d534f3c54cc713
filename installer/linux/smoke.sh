#!/usr/bin/env bash
# ParCheck Linux installer smoke test (issue 8).
#
#   installer/linux/smoke.sh [--build] [--image] [--lifecycle] [--keep]
#
#   --build      first run ./mvnw -B -Pdist package -DskipTests (otherwise the built target/dist is used)
#   (default)    install target/dist/installer/parcheck_*.deb (needs root: dpkg/apt-get), start
#                /opt/parcheck/bin/ParCheck; without root or dpkg it falls back to --image
#   --image      do not install: start target/dist/image/ParCheck/bin/ParCheck
#   --lifecycle  (with the .deb) also check that the data folder survives an upgrade to a newer version
#                (a 0.0.1-higher .deb is made from the same app image) and `dpkg -r`, and that the upgraded app
#                opens the old database; the data folder is the default one, $XDG_DATA_HOME/parcheck
#   --keep       leave the package installed at the end (default: remove it again if this script installed it)
#
# Each start runs under its own Xvfb with a new temporary data folder, waits for the start-up probe
# (PARCHECK_WINDOW_SHOWN_MS, then PARCHECK_DATABASE_READY_MS), checks with xwininfo that a ParCheck window is
# mapped, checks that the data folder and parcheck.mv.db were created, and saves a screenshot of the screen
# (ImageMagick `import -window root`) to target/smoke/. Exit 0 = passed, 1 = failed.
# Skips cleanly (exit 0, message "SKIPPED: …") when what it needs is missing: jpackage/fakeroot for --build,
# no built image/.deb, Xvfb, xwininfo (x11-utils) or import (imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

build=0 mode=deb lifecycle=0 keep=0
for arg in "$@"; do
    case "$arg" in
        --build) build=1 ;;
        --image) mode=image ;;
        --lifecycle) lifecycle=1 ;;
        --keep) keep=1 ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "unknown argument $arg" >&2; exit 2 ;;
    esac
done

skip() { echo "SKIPPED: $*"; exit 0; }
fail() { echo "FAILED: $*" >&2; exit 1; }
say() { echo "== $*"; }

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")}
if [ "$build" = 1 ]; then
    [ -x "$java_home/bin/jpackage" ] || skip "no jpackage in $java_home (a full JDK 17 is needed)"
    command -v fakeroot >/dev/null || skip "no fakeroot (apt-get install fakeroot) for the .deb"
    command -v dpkg-deb >/dev/null || skip "no dpkg-deb: not a Debian-like system"
    say "building: ./mvnw -B -Pdist package -DskipTests"
    ./mvnw -B -q -Pdist package -DskipTests
fi
for tool in Xvfb xwininfo import; do
    command -v "$tool" >/dev/null || skip "$tool is missing (apt-get install xvfb x11-utils imagemagick)"
done

deb=$(ls target/dist/installer/parcheck_*.deb 2>/dev/null | head -1 || true)
if [ "$mode" = deb ] && { [ "$(id -u)" != 0 ] || [ -z "$deb" ] || ! command -v dpkg >/dev/null; }; then
    echo "note: not root, no dpkg or no .deb: running the app image instead"
    mode=image
fi
if [ "$mode" = image ]; then
    launcher=$root/target/dist/image/ParCheck/bin/ParCheck
    [ -x "$launcher" ] || skip "no app image: run with --build or ./mvnw -B -Pdist package -DskipTests"
    lifecycle=0
else
    launcher=/opt/parcheck/bin/ParCheck
fi

out=$root/target/smoke
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/parcheck-smoke.XXXXXX")
xvfb_pid= app_pid= installed_here=0
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if [ "$installed_here" = 1 ] && [ "$keep" = 0 ]; then dpkg -r parcheck >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

install_deb() {
    # jpackage's postinst registers the menu entry with xdg-desktop-menu, which fails ("No writable system menu
    # directory found") on a bare system without these folders; every desktop system has them (stack.md)
    mkdir -p /usr/share/applications /usr/share/desktop-directories
    if ! dpkg -i "$1" >"$work/dpkg.log" 2>&1; then
        say "dpkg -i lacked dependencies; apt-get install -f"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -f >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "could not install $1"; }
    fi
    installed_here=1
}

# start NAME [env…]: starts ParCheck under a fresh Xvfb, waits for the window and the database, screenshots
start() {
    local name=$1; shift
    local n line shown= ready=
    for n in $(seq 90 130); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
    Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb-$name.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    coproc APP { env "$@" DISPLAY=":$n" JAVA_TOOL_OPTIONS=-Dparcheck.startupProbe=stay "$launcher" --demo 2>"$work/app-$name.log"; }
    app_pid=$APP_PID
    while IFS= read -r -t 90 line <&"${APP[0]}"; do
        case "$line" in
            PARCHECK_WINDOW_SHOWN_MS=*) shown=${line#*=} ;;
            PARCHECK_DATABASE_READY_MS=*) ready=${line#*=}; break ;;
        esac
    done
    [ -n "$shown" ] || { tail -20 "$work/app-$name.log" >&2; fail "$name: the window was not shown within 90 s"; }
    [ -n "$ready" ] || { tail -20 "$work/app-$name.log" >&2; fail "$name: the database did not open within 90 s"; }
    sleep 2   # let the plan list paint
    DISPLAY=":$n" xwininfo -root -tree >"$work/windows-$name.txt"
    grep -q '"ParCheck' "$work/windows-$name.txt" || { cat "$work/windows-$name.txt" >&2; fail "$name: no ParCheck window on the screen"; }
    DISPLAY=":$n" import -window root "$out/$name.png"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
    kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=
    say "$name: window shown at ${shown} ms, database ready at ${ready} ms (JVM uptime); screenshot $out/$name.png"
}

check_data() {
    local dir=$1 what=$2
    [ -d "$dir" ] || fail "$what: data folder $dir missing"
    [ -s "$dir/parcheck.mv.db" ] || fail "$what: $dir/parcheck.mv.db missing"
    say "$what: $dir holds $(ls "$dir" | tr '\n' ' ')"
}

if [ "$mode" = deb ]; then
    say "installing $deb"
    install_deb "$deb"
    [ -x "$launcher" ] || fail "$launcher not installed"
    desktop=$(ls /usr/share/applications/*parcheck*.desktop 2>/dev/null | head -1 || true)
    [ -n "$desktop" ] || fail "no menu entry in /usr/share/applications"
    say "menu entry $desktop: $(grep -E '^(Exec|Categories|MimeType)=' "$desktop" | tr '\n' ' ')"
fi

data=$work/data
start first-start PARCHECK_DATA_DIR="$data"
# --demo: the demo has its own folder inside the data folder (#16 §5, FirstStart.DEMO_FOLDER)
check_data "$data/demo" "first start"

# the command line (docs/cli.md): `parcheck` on the PATH after installing the .deb, the launcher itself for the image
cli=$launcher
if [ "$mode" = deb ]; then
    # the command's own launcher beside the window's (bin/parcheck: the short-command options, D26, D32)
    [ "$(readlink /usr/bin/parcheck)" = /opt/parcheck/bin/parcheck ] \
        || fail "/usr/bin/parcheck is not a link to /opt/parcheck/bin/parcheck"
    cli=/usr/bin/parcheck
fi
cli_version=$("$cli" --version) || fail "$cli --version failed"
say "command line: $cli --version: $cli_version"
"$cli" --data-dir "$data/demo" backup >"$work/cli-backup.txt" 2>&1 || { cat "$work/cli-backup.txt" >&2; fail "$cli backup failed"; }
say "command line: $(cat "$work/cli-backup.txt")"

if [ "$lifecycle" = 1 ]; then
    xdg=$work/xdg
    start default-folder XDG_DATA_HOME="$xdg" HOME="$work/home"
    check_data "$xdg/parcheck/demo" "default data folder"
    before=$(stat -c %s "$xdg/parcheck/demo/parcheck.mv.db")

    version=$(dpkg-deb -f "$deb" Version); version=${version%-*}
    next=${version%.*}.$(( ${version##*.} + 1 ))
    say "upgrade: making a $next .deb from the same app image"
    "$java_home/bin/jpackage" --type deb --app-image target/dist/image/ParCheck --dest "$work/next" \
        --name ParCheck --linux-package-name parcheck --app-version "$next" \
        --resource-dir installer/linux/resources --linux-shortcut --linux-menu-group "Office;" \
        --icon installer/linux/ParCheck.png --file-associations installer/linux/parcheck-file.properties
    install_deb "$(ls "$work"/next/parcheck_*.deb)"
    [ "$(dpkg-query -W -f '${Version}' parcheck)" = "$next-1" ] || fail "upgrade did not install $next"
    check_data "$xdg/parcheck/demo" "after the upgrade to $next"
    start after-upgrade XDG_DATA_HOME="$xdg" HOME="$work/home"
    grep -q "Demo data seeded" "$work/app-after-upgrade.log" && fail "the upgraded app seeded a new database"
    say "after the upgrade the app opened the existing database (size before $before bytes)"

    say "uninstall: dpkg -r parcheck"
    dpkg -r parcheck >"$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log"; fail "dpkg -r failed"; }
    installed_here=0
    [ ! -e /opt/parcheck ] || fail "/opt/parcheck still there after dpkg -r"
    [ ! -e /usr/bin/parcheck ] || fail "/usr/bin/parcheck still there after dpkg -r"
    check_data "$xdg/parcheck/demo" "after dpkg -r"

    say "reinstall $deb: the old data is opened again"
    install_deb "$deb"
    start after-reinstall XDG_DATA_HOME="$xdg" HOME="$work/home"
    grep -q "Demo data seeded" "$work/app-after-reinstall.log" && fail "the reinstalled app seeded a new database"
    check_data "$xdg/parcheck/demo" "after reinstalling"
fi

say "PASSED ($mode)"
