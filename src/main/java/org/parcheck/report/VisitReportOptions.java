package org.parcheck.report;

import org.parcheck.report.VisitReportModel.Detail;

/**
 * What the inspector chooses for a visit report.
 *
 * @param detail       summary (areas only) or every item
 * @param copies       how many copies the closing line says are made (1–99)
 * @param placeAndDate whether to print the place-and-date line under the motto (Mẫu 1.9 has none)
 */
public record VisitReportOptions(Detail detail, int copies, boolean placeAndDate) {

    public static final int MAX_COPIES = 99;

    public VisitReportOptions {
        detail = detail == null ? Detail.ITEMS : detail;
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be 1.." + MAX_COPIES + ": " + copies);
        }
    }

    /** Every item, two copies (one for each side), no place-and-date line. */
    public static VisitReportOptions defaults() {
        return new VisitReportOptions(Detail.ITEMS, 2, false);
    }

    public VisitReportOptions withDetail(Detail newDetail) {
        return new VisitReportOptions(newDetail, copies, placeAndDate);
    }

    public VisitReportOptions withCopies(int newCopies) {
        return new VisitReportOptions(detail, newCopies, placeAndDate);
    }
}
