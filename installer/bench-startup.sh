#!/usr/bin/env bash
# ParCheck start-up benchmark (issue 8): launch → window shown, over N fresh JVM starts, interleaved.
#
#   installer/bench-startup.sh [-n RUNS] [-r RSS_RUNS] [--no-maven] [--image LABEL=DIR]...
#
# Variants (interleaved run by run, so the machine's drift hits them all alike):
#   maven   the Maven-built classpath launch: $JAVA -cp target/classes:<runtime dependencies> org.parcheck.app.Main
#           (what ./mvnw javafx:run starts, without Maven itself; JDK from $JAVA_HOME or the `java` on PATH)
#   image   the installed launcher: /opt/parcheck/bin/ParCheck when the .deb is installed, else
#           target/dist/image/ParCheck/bin/ParCheck (build it with ./mvnw -B -Pdist package -DskipTests); on Linux
#           that is installer/linux/ParCheck.sh, which starts the image's java with lib/app/ParCheck.cfg (D32)
#   --image LABEL=DIR adds (or, for LABEL=image, replaces) an app image or install folder to compare.
#   empty   the reference (#18 §2): an empty JavaFX window (installer/bench/EmptyWindow.java) started from the same
#           runtime with the same options: the image's lib/runtime/bin/java with the java-options of its
#           lib/app/ParCheck.cfg (and GDK_GL=disable -Dprism.order=sw when the machine has no GPU, as the Linux
#           launcher script sets), else $JAVA with the Maven variant's options and the JavaFX jars
#   label   the second reference: the same window holding one Label (-Dbench.label=true), i.e. what any window with a
#           JavaFX control pays (the controls and JavaFX's default stylesheet, modena) and the empty one does not
#
# Each run starts a new process with -Dparcheck.startupProbe=exit (given to the launcher through JAVA_TOOL_OPTIONS,
# which the JVM reads whatever starts it) on a data folder that already holds the demo database (one
# discarded warm-up run per variant creates it). Three figures per run:
#   wall    ms from just before exec to the moment the PARCHECK_WINDOW_SHOWN_MS line is read (includes the
#           launcher and JVM creation);
#   jvm     the JVM uptime the app prints in that line;
#   cpu     the CPU time (user + sys, all threads) the process had used at that moment, which it prints before that
#           line (PARCHECK_WINDOW_SHOWN_CPU_MS, Linux): the figure to compare when the machine is loaded.
# The window's moment is its first frame (D30: ParCheck shows the window with a light content, then builds its shell
# in it); the same two figures when the shell is shown (PARCHECK_SHELL_SHOWN_MS and _CPU_MS: navigation and status
# bar laid out) are printed beside them, "shell wall" and "shell cpu" (NA for the references, which have no shell).
# Then, per variant, RSS_RUNS runs (default 3; median printed) with -Dparcheck.startupProbe=stay: wait for PARCHECK_DATABASE_READY_MS (the demo plan
# list is loaded), wait 1 s, read VmRSS from /proc/<pid>/status, and stop the process.
# "Cold" means a new JVM each time; the OS file cache is warm (dropping it needs privileges a CI job lacks).
#
# Needs a display: uses $DISPLAY, else starts its own Xvfb (Debian: xvfb). Prints a table of medians, the ratios of the
# medians, and each variant's ratio to the empty window round by round (installer/bench/ratios.sh: its median, middle
# half and the rounds that met the target), which says how firm a ratio near the target is.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=11
rss_runs=3
with_maven=1
declare -a labels=() dirs=()
while [ $# -gt 0 ]; do
    case "$1" in
        -n) runs=$2; shift 2 ;;
        -r) rss_runs=$2; shift 2 ;;
        --no-maven) with_maven=0; shift ;;
        --image) labels+=("${2%%=*}"); dirs+=("${2#*=}"); shift 2 ;;
        -h|--help) sed -n '2,37p' "$0"; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done

has_label() { local l; for l in "${labels[@]+"${labels[@]}"}"; do [ "$l" = "$1" ] && return 0; done; return 1; }
if ! has_label image; then
    if [ -x /opt/parcheck/bin/ParCheck ]; then
        labels=(image "${labels[@]+"${labels[@]}"}"); dirs=(/opt/parcheck "${dirs[@]+"${dirs[@]}"}")
    elif [ -x target/dist/image/ParCheck/bin/ParCheck ]; then
        labels=(image "${labels[@]+"${labels[@]}"}"); dirs=(target/dist/image/ParCheck "${dirs[@]+"${dirs[@]}"}")
    else
        echo "no app image: run ./mvnw -B -Pdist package -DskipTests first (measuring the Maven launch only)" >&2
    fi
fi

java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d "${TMPDIR:-/tmp}/parcheck-bench.XXXXXX")
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 1; }
    for n in $(seq 90 120); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
    Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$n"
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi

if [ "$with_maven" = 1 ] || [ "${#labels[@]}" -gt 0 ]; then
    if [ ! -d target/classes/org ] || [ ! -s target/bench-classpath.txt ]; then
        ./mvnw -B -q compile dependency:build-classpath -DincludeScope=runtime \
            -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
    fi
    if [ "$with_maven" = 1 ]; then
        labels=(maven "${labels[@]+"${labels[@]}"}"); dirs=("" "${dirs[@]+"${dirs[@]}"}")
    fi
fi
# the empty-window reference, compiled against the JavaFX jars of the runtime class path
fx_cp=$(tr ':' '\n' < target/bench-classpath.txt | grep '/javafx-' | paste -sd: -)
mkdir -p target/bench-empty
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d target/bench-empty -cp "$fx_cp" installer/bench/EmptyWindow.java
empty_dir=
for i in "${!labels[@]}"; do
    if [ "${labels[$i]}" = image ]; then empty_dir=${dirs[$i]}; fi
done
labels+=(label empty); dirs+=("$empty_dir" "$empty_dir")
gpu=no
for node in /dev/dri/card* /dev/dri/renderD*; do [ -e "$node" ] && gpu=yes && break; done
[ "${#labels[@]}" -gt 0 ] || { echo "nothing to measure" >&2; exit 1; }

# launch LABEL DIR PROBE DATA: exec's the variant (stdout = the probe lines)
launch() {
    local label=$1 dir=$2 probe=$3 data=$4
    local ref=()
    if [ "$label" = label ]; then label=empty; ref=(-Dbench.label=true); fi
    if [ "$label" = empty ] && [ -n "$dir" ]; then
        local opts sw=()
        opts=$(sed -n 's/^java-options=//p' "$dir/lib/app/ParCheck.cfg" | tr '\n' ' ')
        if [ "$gpu" = no ]; then export GDK_GL=disable; sw=(-Dprism.order=sw); fi
        # shellcheck disable=SC2086
        exec "$dir/lib/runtime/bin/java" $opts "${sw[@]}" "${ref[@]}" -Dparcheck.startupProbe="$probe" \
            -cp target/bench-empty EmptyWindow
    elif [ "$label" = empty ]; then
        exec "$java_bin" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true "${ref[@]}" -Dparcheck.startupProbe="$probe" \
            -cp "target/bench-empty:$fx_cp" EmptyWindow
    elif [ "$label" = maven ]; then
        exec "$java_bin" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dparcheck.startupProbe="$probe" \
            -cp "target/classes:$(cat target/bench-classpath.txt)" org.parcheck.app.Main --data-dir "$data" --demo
    else
        JAVA_TOOL_OPTIONS="-Dparcheck.startupProbe=$probe" exec "$dir/bin/ParCheck" --data-dir "$data" --demo
    fi
}

now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $(( t / 1000 )); }

# one_run LABEL DIR: prints "wall jvm cpu shell_wall shell_cpu"
one_run() {
    local label=$1 dir=$2 start line wall= jvm= cpu= swall= scpu=
    start=$(now_ms)
    coproc APP { launch "$label" "$dir" exit "$work/data-$label" 2>/dev/null; }
    local fd=${APP[0]} pid=$APP_PID
    while IFS= read -r -t 60 line <&"$fd"; do
        case "$line" in
            PARCHECK_WINDOW_SHOWN_MS=*) wall=$(( $(now_ms) - start )); jvm=${line#*=} ;;
            PARCHECK_WINDOW_SHOWN_CPU_MS=*) cpu=${line#*=} ;;
            PARCHECK_SHELL_SHOWN_MS=*) swall=$(( $(now_ms) - start )) ;;
            PARCHECK_SHELL_SHOWN_CPU_MS=*) scpu=${line#*=} ;;
            PARCHECK_DATABASE_READY_MS=*) break ;;
        esac
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "${wall:-NA} ${jvm:-NA} ${cpu:-NA} ${swall:-NA} ${scpu:-NA}"
}

# rss LABEL DIR: prints VmRSS in MB after the database is ready + 1 s
rss() {
    local label=$1 dir=$2 line kb=NA
    coproc APP { launch "$label" "$dir" stay "$work/data-$label" 2>/dev/null; }
    local fd=${APP[0]} pid=$APP_PID
    while IFS= read -r -t 60 line <&"$fd"; do
        case "$line" in PARCHECK_DATABASE_READY_MS=*) sleep 1; kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status"); break ;; esac
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ "$kb" = NA ] && echo NA || echo $(( kb / 1024 ))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "NA"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "ParCheck start-up: $runs runs per variant, interleaved; DISPLAY=$DISPLAY; $(nproc) cores; $("$java_bin" -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine skew the figures)"
for i in "${!labels[@]}"; do
    one_run "${labels[$i]}" "${dirs[$i]}" >/dev/null   # warm-up: creates and seeds the data folder
done
for r in $(seq "$runs"); do
    for i in "${!labels[@]}"; do
        read -r wall jvm cpu swall scpu < <(one_run "${labels[$i]}" "${dirs[$i]}")
        echo "$wall" >> "$work/wall-$i"; echo "$jvm" >> "$work/jvm-$i"; echo "$cpu" >> "$work/cpu-$i"
        echo "$swall" >> "$work/swall-$i"; echo "$scpu" >> "$work/scpu-$i"
        printf 'run %2d %-10s wall %5s ms  jvm %5s ms  cpu %5s ms  shell wall %5s ms  shell cpu %5s ms\n' "$r" \
            "${labels[$i]}" "$wall" "$jvm" "$cpu" "$swall" "$scpu"
    done
done
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
# RSS runs interleaved too, so a burst of load hits every variant alike
for i in "${!labels[@]}"; do : > "$work/rss-$i"; done
for r in $(seq "$rss_runs"); do
    for i in "${!labels[@]}"; do rss "${labels[$i]}" "${dirs[$i]}" >> "$work/rss-$i"; done
done
echo "load average after the RSS runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-40s %18s %18s %18s %18s %18s %10s  %s\n' variant launch "window wall (med)" "window jvm (med)" \
    "window cpu (med)" "shell wall (med)" "shell cpu (med)" "RSS MB" "RSS runs"
for i in "${!labels[@]}"; do
    what=${dirs[$i]:-java -cp target/classes:deps}
    [ "${labels[$i]}" = empty ] && what="empty JavaFX window, ${dirs[$i]:-JDK java}"
    [ "${labels[$i]}" = label ] && what="window with one Label, ${dirs[$i]:-JDK java}"
    printf '%-10s %-40s %15s ms %15s ms %15s ms %15s ms %15s ms %10s  %s\n' "${labels[$i]}" "$what" \
        "$(grep -v NA "$work/wall-$i" | median)" "$(grep -v NA "$work/jvm-$i" | median)" \
        "$(grep -v NA "$work/cpu-$i" | median)" \
        "$(grep -v NA "$work/swall-$i" | median)" "$(grep -v NA "$work/scpu-$i" | median)" \
        "$(grep -v NA "$work/rss-$i" | median)" "$(sort -n "$work/rss-$i" | tr '\n' ' ')"
done
# shellcheck source=bench/ratios.sh
source installer/bench/ratios.sh
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "NA" || b == "NA" || b == 0) print "NA"; else printf "%.2f", a / b}'; }
n=${#labels[@]}
empty_wall=$(grep -v NA "$work/wall-$(( n - 1 ))" | median); empty_cpu=$(grep -v NA "$work/cpu-$(( n - 1 ))" | median)
label_wall=$(grep -v NA "$work/wall-$(( n - 2 ))" | median); label_cpu=$(grep -v NA "$work/cpu-$(( n - 2 ))" | median)
for i in "${!labels[@]}"; do
    case "${labels[$i]}" in empty|label) continue ;; esac
    wall=$(grep -v NA "$work/wall-$i" | median); cpu=$(grep -v NA "$work/cpu-$i" | median)
    printf 'ratio %s / empty window: wall %s (target <= 1.3 for the installed app), CPU %s\n' "${labels[$i]}" \
        "$(ratio "$wall" "$empty_wall")" "$(ratio "$cpu" "$empty_cpu")"
    printf '  round by round, wall: %s\n' "$(round_ratios "$work/wall-$i" "$work/wall-$(( n - 1 ))" 1.3)"
    printf 'ratio %s / window with one Label: wall %s, CPU %s\n' "${labels[$i]}" \
        "$(ratio "$wall" "$label_wall")" "$(ratio "$cpu" "$label_cpu")"
    swall=$({ grep -v NA "$work/swall-$i" || true; } | median); scpu=$({ grep -v NA "$work/scpu-$i" || true; } | median)
    [ "$swall" = NA ] && [ "$scpu" = NA ] && continue   # an image from before D30: no shell line
    printf 'ratio %s shell shown / empty window: wall %s, CPU %s; / window with one Label: wall %s, CPU %s\n' \
        "${labels[$i]}" "$(ratio "$swall" "$empty_wall")" "$(ratio "$scpu" "$empty_cpu")" \
        "$(ratio "$swall" "$label_wall")" "$(ratio "$scpu" "$label_cpu")"
done
printf 'ratio window with one Label / empty window: wall %s, CPU %s (what a single control costs)\n' \
    "$(ratio "$label_wall" "$empty_wall")" "$(ratio "$label_cpu" "$empty_cpu")"
