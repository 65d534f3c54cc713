package org.parcheck.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything in a plan's summary report (báo cáo kết quả kiểm tra), as ready-to-print NFC text plus the raw
 * figures the workbook needs. Built by {@link PlanSummaryBuilder}; written by the PDF writer and the results
 * workbook without further lookups.
 *
 * @param parentBody    agency line 1 (upper case), e.g. "UBND TỈNH CAO BẰNG"
 * @param issuingBody   agency line 2 (bold), "ĐOÀN KIỂM TRA CCHC"
 * @param numberLine    "Số:      /BC-ĐKT" (number left blank to fill by hand)
 * @param placeAndDate  "Cao Bằng, ngày …… tháng …… năm ……", or null when the plan has no place name
 * @param planNumber    the plan's number and symbol, "3199/KH-UBND"
 * @param summary       the line under the title
 * @param intro         the opening paragraph (how many visits, how many scored)
 * @param visits        every visit of the plan, ranked best first; unscored visits last
 * @param counts        visits per classification, bands best first, then the unscored ones
 * @param areas         per-area averages, in framework order
 * @param averageMethod how an area average is computed, printed under the table
 * @param limitations   the most common limitations, most frequent first (at most {@link #TOP_LIMITATIONS})
 * @param closing       the closing paragraph, ending with "./."
 * @param signature     the team lead's signature block
 * @param recipients    "Nơi nhận" lines, the last one "- Lưu: VT, Hồ sơ."
 * @param items         every item of the plan's frameworks with each visit's points (the workbook's item sheet)
 */
public record PlanSummaryModel(
        String parentBody,
        String issuingBody,
        String numberLine,
        String placeAndDate,
        String planNumber,
        String summary,
        String intro,
        List<VisitResult> visits,
        List<ClassCount> counts,
        List<AreaAverage> areas,
        String averageMethod,
        List<CommonLimitation> limitations,
        String closing,
        VisitReportModel.Signature signature,
        List<String> recipients,
        List<ItemLine> items) {

    /** How many of the most common limitations are listed. */
    public static final int TOP_LIMITATIONS = 5;

    public PlanSummaryModel {
        Objects.requireNonNull(parentBody, "parentBody");
        Objects.requireNonNull(summary, "summary");
        visits = List.copyOf(visits);
        counts = List.copyOf(counts);
        areas = List.copyOf(areas);
        limitations = List.copyOf(limitations);
        recipients = List.copyOf(recipients);
        items = List.copyOf(items);
    }

    /** A summary without the item-by-item points. */
    public PlanSummaryModel(String parentBody, String issuingBody, String numberLine, String placeAndDate,
                            String planNumber, String summary, String intro, List<VisitResult> visits,
                            List<ClassCount> counts, List<AreaAverage> areas, String averageMethod,
                            List<CommonLimitation> limitations, String closing, VisitReportModel.Signature signature,
                            List<String> recipients) {
        this(parentBody, issuingBody, numberLine, placeAndDate, planNumber, summary, intro, visits, counts, areas,
                averageMethod, limitations, closing, signature, recipients, List.of());
    }

    /** The number of visits with a score. */
    public long scoredCount() {
        return visits.stream().filter(VisitResult::scored).count();
    }

    /**
     * One visit's result.
     *
     * @param visitId        the visit
     * @param rank           1-based rank, shared on ties (1, 2, 2, 4), or null when the visit has no score
     * @param rankText       the rank as printed ("1", or "—")
     * @param unit           the unit's display name as stored ("huyện Hạ Lang")
     * @param date           the visit date, or null
     * @param dateText       "01/10/2021" or ""
     * @param status         the visit's status as printed ("Đã hoàn tất")
     * @param total          total points, or null when nothing is scored
     * @param max            the maximum of the scored items (points), the one the percentage divides by (equal to
     *                       the applicable maximum once every item is scored), or null when nothing is scored
     * @param totalText      "81,36 / 100" or "—"
     * @param percent        the percentage at full precision, or null when nothing is scored
     * @param percentText    "81,36%" or the no-result wording
     * @param classification "Khá", "Khá (tạm tính)" or the no-result wording
     * @param change         percentage points against the same unit's previous visit, or null when there is none
     * @param changeText     "+3,25" / "−1,20" / "—"
     * @param provisional    whether items are still pending (percent and classification provisional)
     * @param areaPercents   area code → the area's percentage in this visit (only areas with a score)
     */
    public record VisitResult(long visitId, Integer rank, String rankText, String unit, LocalDate date,
            String dateText, String status, BigDecimal total, BigDecimal max, String totalText, BigDecimal percent,
            String percentText, String classification, BigDecimal change, String changeText, boolean provisional,
            Map<String, BigDecimal> areaPercents) {

        public VisitResult {
            areaPercents = Map.copyOf(areaPercents);
        }

        public boolean scored() {
            return percent != null;
        }
    }

    /** A classification ("Khá") and how many visits have it. */
    public record ClassCount(String label, int count) {
    }

    /**
     * An area's average over the scored visits.
     *
     * @param code        the area code (areas are matched by code across framework versions)
     * @param title       the title (from the first framework that has the area)
     * @param average     the mean of the visits' area percentages, full precision, or null when no visit has it
     * @param averageText "78,50%" or "—"
     * @param visits      how many visits the average is over
     */
    public record AreaAverage(String code, String title, BigDecimal average, String averageText, int visits) {
    }

    /** A limitation's text (as first written) and how many times it was recorded across the plan's visits. */
    public record CommonLimitation(String text, int count) {
    }

    /**
     * An item (leaf) of the plan's frameworks and what each visit earned on it, for the results workbook.
     *
     * @param code   the item code (items are matched by code across framework versions)
     * @param title  the title (from the first framework that has the item)
     * @param max    the item's maximum points (its cap for a bonus or deduction)
     * @param points visit id → points earned (negative for a deduction); only scored items
     * @param texts  visit id → why there are no points ("Không áp dụng", "Chưa chấm", …); only unscored items
     */
    public record ItemLine(String code, String title, BigDecimal max, Map<Long, BigDecimal> points,
                           Map<Long, String> texts) {

        public ItemLine {
            points = Map.copyOf(points);
            texts = Map.copyOf(texts);
        }
    }
}
