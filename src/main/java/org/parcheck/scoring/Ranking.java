package org.parcheck.scoring;

import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Ranks score cards by percentage as shown ({@link ScoreCard#shownPercent()}, two decimals), highest first, so
 * that a reader can check the ranking from the printed percentages. Equal percentages share a rank and the next
 * rank skips (1, 2, 2, 4, "standard competition ranking"); ties are listed by label in Vietnamese collation
 * order, then by code point order, so the result is deterministic. Cards without a percentage come last, unranked.
 */
public final class Ranking {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Ranking() {
    }

    /** The entries ranked, best first. */
    public static List<RankedCard> rank(List<RankEntry> entries) {
        List<RankedCard> ranked = new ArrayList<>(entries.size());
        for (Ranked<RankEntry> r : rankBy(entries, RankEntry::label, e -> e.card().shownPercent())) {
            ranked.add(new RankedCard(r.rank(), r.item().label(), r.item().card()));
        }
        return ranked;
    }

    /**
     * Anything with a label and a percentage as shown, ranked exactly as {@link #rank} ranks score cards (the kept
     * scores of a ranking across years, #17, have no card).
     */
    public static <T> List<Ranked<T>> rankBy(List<T> items, Function<T, String> label,
                                             Function<T, BigDecimal> shownPercent) {
        Collator collator = Collator.getInstance(VIETNAMESE);
        // each label's collation key made once: comparing keys orders as the collator does, without its cost per
        // comparison (ranking 10,000 visits across years, #17, spent a fifth of its time in the collator)
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            String text = label.apply(item);
            keyed.add(new Keyed<>(item, text, shownPercent.apply(item), collator.getCollationKey(text)));
        }
        Comparator<Keyed<T>> order = Comparator.<Keyed<T>, BigDecimal>comparing(Keyed::percent,
                        Ranking::comparePercent)
                .thenComparing(Keyed::key)
                .thenComparing(Keyed::label);
        keyed.sort(order);
        List<Ranked<T>> ranked = new ArrayList<>(keyed.size());
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < keyed.size(); i++) {
            Keyed<T> entry = keyed.get(i);
            BigDecimal percent = entry.percent();
            if (percent == null) {
                ranked.add(new Ranked<>(null, entry.item()));
                continue;
            }
            if (previous == null || percent.compareTo(previous) != 0) {
                rank = i + 1;
                previous = percent;
            }
            ranked.add(new Ranked<>(rank, entry.item()));
        }
        return ranked;
    }

    /**
     * An item's place.
     *
     * @param rank 1-based (ties share a rank: 1, 2, 2, 4), or null when the item has no percentage
     * @param item the item
     */
    public record Ranked<T>(Integer rank, T item) {
    }

    /** An item with its label, its percentage as shown and its label's collation key. */
    private record Keyed<T>(T item, String label, BigDecimal percent, CollationKey key) {
    }

    /** Descending, nulls last. */
    private static int comparePercent(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return b.compareTo(a);
    }
}
