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
        String fingerprint) {

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

    /** How much of the results is printed. */
    public enum Detail {
        /** Areas with their points only. */
        SUMMARY,
        /** Every item with its score and short explanation. */
        ITEMS
    }

    /** A team member: "Lê Văn Miều", "Phó Giám đốc Sở Nội vụ", "Trưởng đoàn". */
    public record Member(String name, String jobTitle, String role) {
    }

    /** A raw figure with its value as printed ("1.068") or an empty string when unknown. */
    public record Figure(String code, String name, String value, String unit) {
    }

    /** An area's result; {@code items} is empty in summary mode. */
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
