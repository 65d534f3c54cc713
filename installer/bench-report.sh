#!/usr/bin/env bash
# ParCheck cold-command benchmark (#18 §2): `parcheck report visit` as a whole process against LibreOffice converting
# the DOCX ParCheck writes for the same visit, and `parcheck report plan` of a 60-visit plan, in ONE run, alternated
# run by run so that the machine's load hits every variant alike.
#
#   installer/bench-report.sh [-n RUNS] [--keep DIR]
#   installer/bench-report.sh --print-options   (the JVM options of the variants below, then exits: BenchScriptsTest)
#
# Needs: a JDK 17 (`java` on PATH or $JAVA_HOME), soffice (Debian: apt-get install -y libreoffice-writer-nogui),
# ./mvnw (offline is fine once the dependencies are in ~/.m2). Builds the jar, writes the runtime class path
# (dependency:build-classpath -DincludeScope=runtime, no test libraries), and makes a data folder with the demo data
# plus 57 visits (org.parcheck.report.bench.BenchFolder, about a minute; --keep DIR keeps and reuses it).
#
# Variants, each a new process per run (the OS file cache is warm; "cold" means a new JVM):
#   soffice       soffice -env:UserInstallation=<its own profile> --headless --convert-to pdf visit.docx
#   visit-app     java <the installed launcher's options: -XX:+UseSerialGC -Xms16m, jOOQ flags> -cp <jars> Main
#                 report visit ...   (what the installed app runs today, without its jlink runtime's CDS archive)
#   visit-fast    the options of the installed command `parcheck` (the launcher's plus installer/linux/
#                 parcheck-cli.cfg: -XX:TieredStopAtLevel=1 -XX:-UsePerfData) and an AppCDS archive of the app's jars
#                 (-XX:SharedArchiveFile, made by this script in a first training run with -XX:ArchiveClassesAtExit at
#                 this exact class path, as the .deb's postinst does at /opt/parcheck: on JDK 17 an archive only works
#                 at the class path it was made with)
#   plan-app, plan-fast   the same two for `report plan <id>` of the 60-visit plan
#   visit-aot-full  visit-aot with the data folder's note of checked bytes removed first (D33): the full check of
#                 every row, as the first open after a writing command (import, backup) makes it; every other
#                 variant finds the note the training runs left and skips the row-by-row check of bytes already
#                 checked
#   visit-aot, plan-aot   the fast variants on a JDK 25 runtime (D26: the installed app's runtime) with an AOT cache
#                 (-XX:AOTCache, JEP 483/514) made by this script in a training run with -XX:AOTCacheOutput, as the
#                 .deb's postinst does, with the options of installer/linux/parcheck-cli-aot.cfg (no method profiles,
#                 D39); the java of $AOT_JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), left out when there is
#                 none
# Prints every run's wall time and CPU time (user+sys, all threads), then the medians and the ratio visit / soffice
# (with the AOT variants, also round by round: installer/bench/ratios.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=11
keep=
print_options=
while [ $# -gt 0 ]; do
    case "$1" in
        -n) runs=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
        --print-options) print_options=1; shift ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
# the launcher's options, from installer/dist.xml (app.java.options.common, which names app.java.options.jit, D36;
# JDK 25 adds two JavaFX-only options)
dist_property() { # NAME: the value of <property name="NAME" value="..."/>, on its line or the next
    sed -n "s/.*name=\"$1\"[^>]*value=\"\([^\"]*\)\".*/\1/p; /name=\"$1\"/{n;s/.*value=\"\([^\"]*\)\".*/\1/p}" \
        installer/dist.xml | head -1
}
app_opts=$(dist_property app.java.options.common)
app_opts=${app_opts//'${app.java.options.jit}'/$(dist_property app.java.options.jit)}
[ -n "$app_opts" ] || app_opts="-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -XX:+UseSerialGC -Xms16m"
# the installed command's options (the launcher's plus installer/linux/parcheck-cli.cfg), its archive replaced by the
# script's own
fast_opts="$app_opts $(sed -n 's/^java-options=//p' installer/linux/parcheck-cli.cfg \
    | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xlog:' | tr '\n' ' ')"
# the AOT variants' options: those plus the lines of installer/linux/parcheck-cli-aot.cfg (D39), the cache replaced by
# the script's own
aot_opts="$fast_opts $(sed -n 's/^java-options=//p' installer/linux/parcheck-cli-aot.cfg \
    | grep -v -e '^-XX:AOTCache=' -e '^-Xlog:' | tr '\n' ' ')"
if [ -n "$print_options" ]; then # for BenchScriptsTest: the three option lists the variants run with
    printf 'app: %s\ncommand: %s\naot: %s\n' "$app_opts" "$fast_opts" "$aot_opts"
    exit 0
fi
command -v soffice >/dev/null || { echo "no soffice (apt-get install -y libreoffice-writer-nogui)" >&2; exit 1; }
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
aot_java=${AOT_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -x "$aot_java" ] || aot_java=
work=$(mktemp -d "${TMPDIR:-/tmp}/parcheck-bench-report.XXXXXX")
trap 'rm -rf "$work"' EXIT

./mvnw -B -q -o package -DskipTests -Dcheckstyle.skip >/dev/null 2>&1 || ./mvnw -B -q package -DskipTests -Dcheckstyle.skip
./mvnw -B -q -o dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/runtime.cp" >/dev/null
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/test.cp" >/dev/null
jar=$(ls target/parcheck-*.jar | head -1)
cp="$PWD/$jar:$(cat "$work/runtime.cp")"

data=${keep:-$work/data}
if [ ! -s "$data/parcheck.mv.db" ] || [ ! -s "$data/bench-ids" ]; then
    rm -rf "$data"
    "$java_bin" -cp "target/test-classes:target/classes:$(cat "$work/test.cp")" \
        org.parcheck.report.bench.BenchFolder "$data" 2>/dev/null | tail -1 > "$work/ids"
    mv "$work/ids" "$data/bench-ids"
fi
read -r plan_word visit_word < "$data/bench-ids"
plan=${plan_word#plan=}; visit=${visit_word#visit=}

out=$work/out; mkdir -p "$out"

parcheck() { # OPTIONS... -- ARGS...
    local opts=() ; while [ "$1" != -- ]; do opts+=("$1"); shift; done; shift
    "${run_java:-$java_bin}" "${opts[@]}" -cp "$cp" org.parcheck.app.Main "$@" --data-dir "$data"
}
parcheck_aot() { run_java=$aot_java parcheck "$@"; }
"$java_bin" $app_opts -cp "$cp" org.parcheck.app.Main report visit "$visit" --out "$out/visit.docx" --data-dir "$data" >/dev/null
# AppCDS training: both commands once, classes dumped at exit into one archive per command (a process dumps only
# at its own exit); the visit archive serves the visit report, the plan archive the plan report
parcheck $fast_opts -XX:ArchiveClassesAtExit="$work/visit.jsa" -- report visit "$visit" --out "$out/t.pdf" >/dev/null 2>&1
parcheck $fast_opts -XX:ArchiveClassesAtExit="$work/plan.jsa" -- report plan "$plan" --out "$out/t.pdf" >/dev/null 2>&1
if [ -n "$aot_java" ]; then # JDK 25: one training run per command writes its AOT cache (JEP 514)
    parcheck_aot $aot_opts -XX:AOTCacheOutput="$work/visit.aot" -- report visit "$visit" --out "$out/t.pdf" >/dev/null 2>&1
    parcheck_aot $aot_opts -XX:AOTCacheOutput="$work/plan.aot" -- report plan "$plan" --out "$out/t.pdf" >/dev/null 2>&1
fi
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$out" "$out/visit.docx" \
    >/dev/null 2>&1 # first run makes the profile

# timed LABEL COMMAND...: runs it (a shell function too), appends "wall cpu" (ms) to $work/LABEL, prints the line;
# cpu is user + sys of the process and its children (bash's time)
timed() {
    local label=$1; shift
    local wall cpu TIMEFORMAT='%R %U %S'
    { time "$@" >/dev/null 2>&1 || { echo "$label failed" >&2; return 1; }; } 2> "$work/time"
    read -r wall cpu < <(awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time")
    echo "$wall $cpu" >> "$work/$label"
    printf '%-11s wall %6d ms  cpu %6d ms\n' "$label" "$wall" "$cpu"
}
variants=(soffice visit-app visit-fast plan-app plan-fast)
[ -z "$aot_java" ] || variants+=(visit-aot visit-aot-full plan-aot)
run_variant() {
    case "$1" in
        soffice) timed soffice soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf \
            --outdir "$out" "$out/visit.docx" ;;
        visit-app) timed visit-app parcheck $app_opts -- report visit "$visit" --out "$out/v.pdf" ;;
        visit-fast) timed visit-fast parcheck $fast_opts -XX:SharedArchiveFile="$work/visit.jsa" -- \
            report visit "$visit" --out "$out/v.pdf" ;;
        plan-app) timed plan-app parcheck $app_opts -- report plan "$plan" --out "$out/p.pdf" ;;
        plan-fast) timed plan-fast parcheck $fast_opts -XX:SharedArchiveFile="$work/plan.jsa" -- \
            report plan "$plan" --out "$out/p.pdf" ;;
        visit-aot) timed visit-aot parcheck_aot $aot_opts -XX:AOTCache="$work/visit.aot" -- \
            report visit "$visit" --out "$out/v.pdf" ;;
        visit-aot-full) rm -f "$data/parcheck.verified"
            timed visit-aot-full parcheck_aot $aot_opts -XX:AOTCache="$work/visit.aot" -- \
            report visit "$visit" --out "$out/v.pdf" ;;
        plan-aot) timed plan-aot parcheck_aot $aot_opts -XX:AOTCache="$work/plan.aot" -- \
            report plan "$plan" --out "$out/p.pdf" ;;
    esac
}

echo "ParCheck report bench: $runs runs per variant, alternated; $(nproc) cores; $("$java_bin" -version 2>&1 | head -1)${aot_java:+; aot variants: $("$aot_java" -version 2>&1 | head -1)}"
echo "visit $visit, plan $plan (60 visits), data $(du -k "$data/parcheck.mv.db" | cut -f1) KB"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
    # rotate the order each run so that no variant always follows the same one
    for k in "${!variants[@]}"; do
        run_variant "${variants[$(( (k + r) % ${#variants[@]} ))]}"
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "NA"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-11s %16s %16s\n' variant "wall (median)" "cpu (median)"
declare -A wall
for v in "${variants[@]}"; do
    wall[$v]=$(cut -d' ' -f1 "$work/$v" | median)
    printf '%-11s %13s ms %13s ms\n' "$v" "${wall[$v]}" "$(cut -d' ' -f2 "$work/$v" | median)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "ratio report visit / soffice (wall medians): app options $(ratio "${wall[visit-app]}" "${wall[soffice]}"), short-command options + AppCDS $(ratio "${wall[visit-fast]}" "${wall[soffice]}") (target <= 0.5)"
echo "report plan (60 visits): app options ${wall[plan-app]} ms, short-command options + AppCDS ${wall[plan-fast]} ms (target <= 1500 ms)"
if [ -n "$aot_java" ]; then
    echo "JDK 25 + AOT cache: report visit / soffice $(ratio "${wall[visit-aot]}" "${wall[soffice]}") (target <= 0.5; the full check of every row first, D33: $(ratio "${wall[visit-aot-full]}" "${wall[soffice]}")), report plan ${wall[plan-aot]} ms"
    # shellcheck source=bench/ratios.sh
    source installer/bench/ratios.sh
    for v in visit-aot soffice; do cut -d' ' -f1 "$work/$v" > "$work/$v.wall"; done
    echo "  report visit (AOT cache) / soffice round by round: $(round_ratios "$work/visit-aot.wall" "$work/soffice.wall" 0.5)"
fi
