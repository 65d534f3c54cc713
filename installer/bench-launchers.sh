#!/usr/bin/env bash
# The installed launchers of an app image (or an installed /opt/parcheck) on one cold command, alternated run by run,
# against LibreOffice converting the DOCX ParCheck writes for the same visit (#18 §2, docs/performance.md):
#
#   installer/bench-launchers.sh [-n RUNS] [--image DIR] [--against DIR2] [--data DIR] [--visit ID]
#
#   window-launcher  bin/ParCheck report visit ID ...   (the window's launcher: full JIT, the runtime's CDS archive)
#   cli-launcher     bin/parcheck report visit ID ...   (the command on the PATH: installer/linux/parcheck-cli.cfg,
#                                                        with lib/app/parcheck-cli.aot on a JDK 25 runtime, D26,
#                                                        or lib/app/parcheck-cli.jsa on JDK 17)
#   cli-full-check   bin/parcheck with the data folder's note of checked bytes removed first (D33): the full check
#                    of every row, as the first open after a writing command (import, backup) makes it (the other
#                    variants find the note and skip the row-by-row check of bytes already checked)
#   cli-no-archive   bin/parcheck without its archive (moved aside for the run)
#   soffice          soffice --headless --convert-to pdf of the visit's DOCX
#   against-cli      with --against: DIR2's bin/parcheck report visit ID ... (another build, in the same rounds; of
#                    the same ParCheck version, else the note of checked bytes, which names it, is rewritten each run)
#
# DIR defaults to target/dist/image/ParCheck (./mvnw -B -Pdist package -DskipTests). An image has no archive until
# one is made at its final place: with --image, the script makes it as the .deb's postinst does (the same function,
# paths rewritten), unless the archive exists. The data folder (default /tmp/pc60, made by
# installer/bench-report.sh --keep /tmp/pc60) is copied to a scratch folder first. Prints wall and CPU (user+sys)
# medians, the load, and the ratio parcheck / soffice round by round (installer/bench/ratios.sh); with --against also
# DIR2's ratio and DIR's time over DIR2's round by round: two builds compared on the same machine state.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5; image=target/dist/image/ParCheck; against=; data=/tmp/pc60; visit=3
while [ $# -gt 0 ]; do
    case "$1" in
        -n) runs=$2; shift 2 ;;
        --image) image=$2; shift 2 ;;
        --against) against=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        --visit) visit=$2; shift 2 ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
image=$(cd "$image" && pwd)
[ -z "$against" ] || against=$(cd "$against" && pwd)
command -v soffice >/dev/null || { echo "no soffice (apt-get install -y libreoffice-writer-nogui)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/parcheck-bench-launchers.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$data" "$work/data"
# an image's archive: lib/app/parcheck-cli.aot on a JDK 25 runtime, else lib/app/parcheck-cli.jsa
archive_of() {
    if grep -q '^java-options=-XX:AOTCache=' "$1/lib/app/parcheck.cfg"; then
        echo "$1/lib/app/parcheck-cli.aot"
    else
        echo "$1/lib/app/parcheck-cli.jsa"
    fi
}
# makes an image's archive as the .deb's postinst does, unless it exists
make_archive() {
    local img=$1 archive
    archive=$(archive_of "$img")
    if [ ! -f "$archive" ]; then
        sed -e "s|/opt/parcheck|$img|g" -e "s|/usr/bin/parcheck|$work/parcheck-link|" \
            -e 's/^DESKTOP_COMMANDS_INSTALL$/:/' installer/linux/resources/postinst > "$work/postinst"
        sh "$work/postinst" configure
        [ -f "$archive" ] || echo "no archive made for $img: it runs without one" >&2
    fi
}
archive=$(archive_of "$image")
make_archive "$image"
[ -z "$against" ] || make_archive "$against"
"$image/bin/parcheck" report visit "$visit" --out "$work/visit.docx" --data-dir "$work/data" >/dev/null
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" "$work/visit.docx" \
    >/dev/null 2>&1 # first run makes the profile

run() {
    case "$1" in
        window-launcher) "$image/bin/ParCheck" report visit "$visit" --out "$work/v.pdf" --data-dir "$work/data" ;;
        cli-launcher) "$image/bin/parcheck" report visit "$visit" --out "$work/v.pdf" --data-dir "$work/data" ;;
        cli-full-check) rm -f "$work/data/parcheck.verified"
            "$image/bin/parcheck" report visit "$visit" --out "$work/v.pdf" --data-dir "$work/data" ;;
        cli-no-archive)
            local status=0
            mv "$archive" "$work/archive" 2>/dev/null || true
            "$image/bin/parcheck" report visit "$visit" --out "$work/v.pdf" --data-dir "$work/data" || status=$?
            mv "$work/archive" "$archive" 2>/dev/null || true
            return $status ;;
        against-cli) "$against/bin/parcheck" report visit "$visit" --out "$work/v.pdf" --data-dir "$work/data" ;;
        soffice) soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" \
            "$work/visit.docx" ;;
    esac
}
variants=(window-launcher cli-launcher cli-full-check cli-no-archive soffice)
[ -z "$against" ] || variants+=(against-cli)
echo "ParCheck launcher bench: $runs runs per variant, alternated; $(nproc) cores; image $image"
[ -z "$against" ] || echo "against-cli: $against"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
    for k in "${!variants[@]}"; do
        v=${variants[$(( (k + r) % ${#variants[@]} ))]}
        TIMEFORMAT='%R %U %S'
        { time run "$v" >/dev/null 2>&1 || { echo "$v failed" >&2; exit 1; }; } 2> "$work/time"
        awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time" >> "$work/$v"
        printf '%-16s wall %6d ms  cpu %6d ms\n' "$v" $(tail -1 "$work/$v")
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
declare -A wall
printf '%-16s %16s %16s\n' variant "wall (median)" "cpu (median)"
for v in "${variants[@]}"; do
    wall[$v]=$(cut -d' ' -f1 "$work/$v" | median)
    printf '%-16s %13s ms %13s ms\n' "$v" "${wall[$v]}" "$(cut -d' ' -f2 "$work/$v" | median)"
done
awk -v a="${wall[cli-launcher]}" -v b="${wall[soffice]}" -v c="${wall[window-launcher]}" -v f="${wall[cli-full-check]}" \
    'BEGIN {printf "ratio report visit / soffice (wall medians): parcheck %.2f (the full check first: %.2f), ParCheck %.2f (target <= 0.5)\n", a / b, f / b, c / b}'
# shellcheck source=bench/ratios.sh
source installer/bench/ratios.sh
for v in "${variants[@]}"; do cut -d' ' -f1 "$work/$v" > "$work/$v.wall"; done
echo "  parcheck / soffice round by round: $(round_ratios "$work/cli-launcher.wall" "$work/soffice.wall" 0.5)"
if [ -n "$against" ]; then
    awk -v a="${wall[against-cli]}" -v b="${wall[soffice]}" -v c="${wall[cli-launcher]}" \
        'BEGIN {printf "against-cli / soffice (wall medians): %.2f; parcheck / against-cli: %.2f\n", a / b, c / a}'
    echo "  against-cli / soffice round by round: $(round_ratios "$work/against-cli.wall" "$work/soffice.wall" 0.5)"
    echo "  parcheck / against-cli round by round: $(round_ratios "$work/cli-launcher.wall" "$work/against-cli.wall" 1)"
fi
