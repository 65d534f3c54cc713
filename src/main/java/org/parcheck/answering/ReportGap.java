package org.parcheck.answering;

/**
 * Something the report part still lacks before the visit can be finalised: a field of the second tab, or an item
 * of the checklist ({@link #itemCode()}) that needs its evidence cited or is still flagged for a second look.
 */
public record ReportGap(Kind kind, String itemCode) {

    /** What is missing, and which part a choice to write it by hand waives (null: no such choice). */
    public enum Kind {
        START_TIME(HandwrittenPart.TIMES),
        END_TIME(HandwrittenPart.TIMES),
        TEAM(HandwrittenPart.TEAM),
        ATTENDEES(HandwrittenPart.ATTENDEES),
        REPRESENTATIVE(HandwrittenPart.ATTENDEES),
        OPINION(HandwrittenPart.OPINION),
        /** An item that requires evidence would earn points, but no evidence is cited for it. */
        EVIDENCE(null),
        /** An item still flagged for a second look (⚑). */
        FLAGGED(null);

        private final HandwrittenPart part;

        Kind(HandwrittenPart part) {
            this.part = part;
        }

        /** The part whose choice to write it by hand waives this gap, or null. */
        public HandwrittenPart part() {
            return part;
        }
    }

    public static ReportGap of(Kind kind) {
        return new ReportGap(kind, null);
    }

    public boolean isItem() {
        return itemCode != null;
    }
}
