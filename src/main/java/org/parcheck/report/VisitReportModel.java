package org.parcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed in a visit report (biên bản kiểm tra), as ready-to-print text in NFC. Built by
 * {@link VisitReportBuilder} from the services; written by the PDF writer (and later DOCX) without any further
 * lookups. Optional parts are null or empty.
 *
 * @param parentBody       agency line 1 (regular, upper case), e.g. "UBND TỈNH CAO BẰNG"
 * @param issuingBody      agency line 2 (bold, upper case), e.g. "ĐOÀN KIỂM TRA CCHC"
 * @param numberLine       "Số:      /BB-ĐKT" (number left blank to fill by hand) or "Số: 05/BB-ĐKT"
 * @param placeAndDate     "Hạ Lang, ngày 01 tháng 10 năm 2021", or null (Mẫu 1.9 has no such line)
 * @param summary          the line under the title, e.g. "Kiểm tra công tác cải cách hành chính năm 2021 tại …"
 * @param legalBasis       "Căn cứ Kế hoạch số 3199/KH-UBND …;" lines
 * @param opening          the time-and-place sentence
 * @param team             the inspection team, in plan order
 * @param unitName         the inspected unit as printed ("UBND huyện Hạ Lang")
 * @param unitAttendees    the unit's leader and officials present; empty prints lines to fill by hand
 * @param detail           summary (areas only) or every item
 * @param figures          the raw figures recorded at the visit
 * @param areas            results by area (items only in {@link Detail#ITEMS} mode)
 * @param hasSelfScores    whether any self score was recorded (prints the column)
 * @param totals           the totals, percent and classification
 * @param strengths        ưu điểm
 * @param limitations      tồn tại, hạn chế with causes
 * @param recommendations  kiến nghị with responsible party and deadline
 * @param unitOpinion      the unit's opinion, or null to leave lines to fill by hand
 * @param closing          the closing paragraph, ending with "./."
 * @param signatures       signature blocks, left to right; a third one (secretary) goes on a second row
 * @param recipients       "Nơi nhận" lines, the last one "- Lưu: VT, Hồ sơ."
 * @param fingerprint      the SHA-256 content fingerprint (64 hex digits) stored when the visit was finalised,
 *                         printed small at the foot of the last page; null while the visit is not finalised
 * @param evidence         the documents reviewed (evidence sighted), one line each, punctuated as a list
 * @param lostPoints       the items that lost points, with why (printed in the short layout's body)
 */
public record VisitReportModel(
        String parentBody,
        String issuingBody,
        String numberLine,
        String placeAndDate,
        String summary,
        List<String> legalBasis,
        String opening,
        List<Member> team,
        String unitName,
        List<String> unitAttendees,
        Detail detail,
        List<Figure> figures,
        List<Area> areas,
        boolean hasSelfScores,
        Totals totals,
        List<String> strengths,
        List<Limitation> limitations,
        List<Recommendation> recommendations,
        String unitOpinion,
        String closing,
        List<Signature> signatures,
        List<String> recipients,
        String fingerprint,
        List<String> evidence,
        List<LostPoints> lostPoints) {

    public VisitReportModel {
        Objects.requireNonNull(parentBody, "parentBody");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(totals, "totals");
        legalBasis = List.copyOf(legalBasis);
        team = List.copyOf(team);
        unitAttendees = List.copyOf(unitAttendees);
        figures = List.copyOf(figures);
        areas = List.copyOf(areas);
        strengths = List.copyOf(strengths);
        limitations = List.copyOf(limitations);
        recommendations = List.copyOf(recommendations);
        signatures = List.copyOf(signatures);
        recipients = List.copyOf(recipients);
        evidence = List.copyOf(evidence);
        lostPoints = List.copyOf(lostPoints);
    }

    /** A report without the documents reviewed and the list of items that lost points. */
    public VisitReportModel(String parentBody, String issuingBody, String numberLine, String placeAndDate,
                            String summary, List<String> legalBasis, String opening, List<Member> team,
                            String unitName, List<String> unitAttendees, Detail detail, List<Figure> figures,
                            List<Area> areas, boolean hasSelfScores, Totals totals, List<String> strengths,
                            List<Limitation> limitations, List<Recommendation> recommendations, String unitOpinion,
                            String closing, List<Signature> signatures, List<String> recipients, String fingerprint) {
        this(parentBody, issuingBody, numberLine, placeAndDate, summary, legalBasis, opening, team, unitName,
                unitAttendees, detail, figures, areas, hasSelfScores, totals, strengths, limitations, recommendations,
                unitOpinion, closing, signatures, recipients, fingerprint, List.of(), List.of());
    }

    /** The parts of section I (KẾT QUẢ KIỂM TRA) this report has, in order; numbered 1, 2, … when printed. */
    public List<ResultPart> resultParts() {
        List<ResultPart> parts = new ArrayList<>();
        if (!evidence.isEmpty()) {
            parts.add(ResultPart.EVIDENCE);
        }
        if (!figures.isEmpty()) {
            parts.add(ResultPart.FIGURES);
        }
        parts.add(ResultPart.AREAS);
        if (detail == Detail.SUMMARY) {
            parts.add(ResultPart.LOST_POINTS);
        }
        parts.add(ResultPart.TOTALS);
        return parts;
    }

    /** "2. Số liệu đã kiểm tra": the part's heading, numbered by its place in {@link #resultParts()}. */
    public String heading(ResultPart part) {
        return (resultParts().indexOf(part) + 1) + ". " + part.title();
    }

    /** The line under the annex title: "(Kèm theo Biên bản kiểm tra công tác … tại UBND huyện Hạ Lang)". */
    public String annexAttached() {
        String lower = summary.isEmpty() ? "" : summary.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + summary.substring(1);
        return "(" + ReportWording.ANNEX_ATTACHED + lower + ")";
    }

    /** How line {@code index} of a list of {@code size} ends: ";" and "." for the last (#16 §6). */
    public static String listEnd(int index, int size) {
        return index == size - 1 ? "." : ";";
    }

    /** Whether the item-by-item results go to an annex (Phụ lục) after the signatures: the short layout. */
    public boolean hasAnnex() {
        return detail == Detail.SUMMARY && areas.stream().anyMatch(a -> !a.items().isEmpty());
    }

    /** A report without a content fingerprint (a visit not finalised). */
    public VisitReportModel(String parentBody, String issuingBody, String numberLine, String placeAndDate,
                            String summary, List<String> legalBasis, String opening, List<Member> team,
                            String unitName, List<String> unitAttendees, Detail detail, List<Figure> figures,
                            List<Area> areas, boolean hasSelfScores, Totals totals, List<String> strengths,
                            List<Limitation> limitations, List<Recommendation> recommendations, String unitOpinion,
                            String closing, List<Signature> signatures, List<String> recipients) {
        this(parentBody, issuingBody, numberLine, placeAndDate, summary, legalBasis, opening, team, unitName,
                unitAttendees, detail, figures, areas, hasSelfScores, totals, strengths, limitations, recommendations,
                unitOpinion, closing, signatures, recipients, null);
    }

    /** The layout (#16 §6): how much of the results is printed in the body. */
    public enum Detail {
        /**
         * The short biên bản (the default): areas with their points and the items that lost points in the body;
         * every item with its explanation in the annex (Phụ lục).
         */
        SUMMARY,
        /** The full biên bản: every item with its score and short explanation in the body, no annex. */
        ITEMS
    }

    /** A part of section I of the biên bản, with its title. */
    public enum ResultPart {
        EVIDENCE(ReportWording.RESULTS_EVIDENCE_TITLE),
        FIGURES(ReportWording.RESULTS_FIGURES_TITLE),
        AREAS(ReportWording.RESULTS_AREAS_TITLE),
        LOST_POINTS(ReportWording.RESULTS_LOST_TITLE),
        TOTALS(ReportWording.RESULTS_TOTAL_TITLE);

        private final String title;

        ResultPart(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * An item that lost points, for the short layout: "2.1. Title: 1,5/2 điểm" and why.
     *
     * @param code   the item code
     * @param title  the item title
     * @param score  the points as printed, "1,5 / 2"
     * @param reason the explanation (why), may be empty
     */
    public record LostPoints(String code, String title, String score, String reason) {
    }

    /** A team member: "Lê Văn Miều", "Phó Giám đốc Sở Nội vụ", "Trưởng đoàn". */
    public record Member(String name, String jobTitle, String role) {
    }

    /** A raw figure with its value as printed ("1.068") or an empty string when unknown. */
    public record Figure(String code, String name, String value, String unit) {
    }

    /** An area's result; in the short layout its {@code items} are printed in the annex. */
    public record Area(String code, String title, String achieved, String max, String selfScore, List<Item> items) {

        public Area {
            items = List.copyOf(items);
        }
    }

    /** One item: its score as printed ("2", "Không áp dụng"), maximum, self score and short explanation. */
    public record Item(String code, String title, String score, String max, String selfScore, String explanation) {
    }

    /**
     * The totals as printed lines: "Tổng điểm đạt: …", "Tỷ lệ: 86,52%", "Xếp loại: …" (marked provisional when
     * items are pending), plus card notes (caps reached, critical failures).
     */
    public record Totals(List<String> lines, boolean provisional) {

        public Totals {
            lines = List.copyOf(lines);
        }
    }

    /** A limitation and its cause (may be null). */
    public record Limitation(String text, String cause) {
    }

    /** A recommendation with the party responsible and the deadline as printed (either may be null). */
    public record Recommendation(String text, String responsibleParty, String deadline) {

        /** "Trách nhiệm: …; Thời hạn: …" after the text, or null when neither is known (same in PDF and DOCX). */
        public String assignment() {
            List<String> parts = new ArrayList<>();
            if (responsibleParty != null) {
                parts.add(ReportWording.RESPONSIBLE + responsibleParty);
            }
            if (deadline != null) {
                parts.add(ReportWording.DEADLINE + deadline);
            }
            return parts.isEmpty() ? null : "(" + String.join("; ", parts) + ")";
        }
    }

    /** A signature block: title ("TRƯỞNG ĐOÀN KIỂM TRA"), hint ("(Ký, ghi rõ họ tên)"), name (may be empty). */
    public record Signature(String title, String hint, String name) {
    }
}
