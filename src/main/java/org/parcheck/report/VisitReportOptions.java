package org.parcheck.report;

import java.util.Locale;
import org.parcheck.report.VisitReportModel.Detail;

/**
 * What the inspector chooses for a visit report.
 *
 * <p>The layout (#16 §6) is the {@link Detail}: {@link Detail#SUMMARY} is the short biên bản (results by area, the
 * items that lost points with why, findings, recommendations; every item's explanation in an annex, "Phụ lục"),
 * the default; {@link Detail#ITEMS} is the full one (every item in the body, no annex). On the command line they
 * are {@code --layout short|full}.
 *
 * @param detail       the layout: short (the default) or full
 * @param copies       how many copies the closing line says are made (1–99)
 * @param placeAndDate whether to print the place-and-date line under the motto (Mẫu 1.9 has none)
 */
public record VisitReportOptions(Detail detail, int copies, boolean placeAndDate) {

    public static final int MAX_COPIES = 99;
    /** The layout names of {@link #layout(String)}. */
    public static final String SHORT = "short";
    public static final String FULL = "full";

    public VisitReportOptions {
        detail = detail == null ? Detail.SUMMARY : detail;
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be 1.." + MAX_COPIES + ": " + copies);
        }
    }

    /** The short layout with its annex, two copies (one for each side), no place-and-date line. */
    public static VisitReportOptions defaults() {
        return new VisitReportOptions(Detail.SUMMARY, 2, false);
    }

    /**
     * The layout named "short" or "full" (any case).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Detail layout(String name) {
        switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case SHORT:
                return Detail.SUMMARY;
            case FULL:
                return Detail.ITEMS;
            default:
                throw new IllegalArgumentException("layout must be short or full: " + name);
        }
    }

    public VisitReportOptions withDetail(Detail newDetail) {
        return new VisitReportOptions(newDetail, copies, placeAndDate);
    }

    public VisitReportOptions withCopies(int newCopies) {
        return new VisitReportOptions(detail, newCopies, placeAndDate);
    }
}
