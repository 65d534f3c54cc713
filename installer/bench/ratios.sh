# Sourced by installer/bench-*.sh: the ratio of two variants round by round.
#
#   round_ratios A_FILE B_FILE TARGET
#
# A_FILE and B_FILE hold one figure per line, line r from round r (the benches alternate their variants within each
# round, so the two figures of a round saw the same machine). Prints "median M, middle half Q1-Q3, at most TARGET in
# K of N rounds": how far the ratio of the medians can be trusted when a target sits near it. Lines with NA (a run
# that printed no figure) are left out. Plain POSIX awk (Debian's default awk is mawk: no asort).
round_ratios() {
    paste -d' ' "$1" "$2" | awk '$1 != "NA" && $2 != "NA" && $2 > 0 {printf "%.4f\n", $1 / $2}' | sort -n |
        awk -v t="$3" '
            {r[NR] = $1; if ($1 <= t + 0) met++}
            function at(p,   i) {i = int(p * (NR - 1)) + 1; return r[i]}
            END {
                if (NR == 0) {print "no rounds"; exit}
                med = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
                printf "median %.2f, middle half %.2f-%.2f, at most %s in %d of %d rounds\n", med, at(0.25), at(0.75), t, met, NR
            }'
}
