package org.parcheck.report;

import java.util.Collection;
import java.util.Map;

/**
 * Visit scores kept between rankings (#17 office mode, decision D28): on the province server each visit's score is
 * kept with the key it was worked out under, so that a ranking over 10,000 visits reads one small row per visit
 * instead of scoring every visit from its answers. A kept score is given back only while its whole key still holds
 * for the visit as it is now; anything else is a miss, scored from the answers as without keeping.
 *
 * <p>The order matters: {@link #lookup} before the answers of the misses are read, {@link #keep} after they are
 * scored. The key {@link #keep} writes is the one {@link #lookup} read, so a change that lands in between leaves a
 * kept score under a key that no longer holds (a later miss), never a stale score under a key that does.
 */
public interface KeptScores {

    /** Keeps nothing: every visit is scored from its answers (a laptop). */
    KeptScores NONE = new KeptScores() {
        @Override
        public Lookup lookup(Collection<Long> visitIds) {
            return new Lookup(Map.of(), Map.of());
        }

        @Override
        public int keep(Lookup lookup, Map<Long, VisitScore> computed) {
            return 0;
        }
    };

    /**
     * The kept scores of {@code visitIds} whose key still holds, and the key each other visit's score would be kept
     * under if worked out now (absent for a visit whose score cannot be kept, e.g. one never synced).
     */
    Lookup lookup(Collection<Long> visitIds);

    /**
     * Keeps the scores worked out for the misses of {@code lookup}, each under the key the lookup read; returns how
     * many were kept. Keeps nothing when this login may not write (a leader) and never fails the ranking: a failure
     * to keep is logged and the scores are simply worked out again next time.
     */
    int keep(Lookup lookup, Map<Long, VisitScore> computed);

    /**
     * What a lookup found.
     *
     * @param kept visit id → its kept score, whose key holds
     * @param keys visit id → the key to keep its score under, for visits whose score is not kept but may be
     */
    record Lookup(Map<Long, VisitScore> kept, Map<Long, Key> keys) {

        public Lookup {
            kept = Map.copyOf(kept);
            keys = Map.copyOf(keys);
        }
    }

    /**
     * What a kept score is valid for.
     *
     * @param revision             the visit's server revision when it was read
     * @param rulesVersion         {@code ScoringEngine.RULES_VERSION} of the code that scores
     * @param frameworkVersionUuid the framework version scored against (published: never changes, D7)
     * @param unitType             the type of the visit's unit
     */
    record Key(long revision, int rulesVersion, String frameworkVersionUuid, String unitType) {
    }
}
