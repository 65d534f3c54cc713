package org.parcheck.report;

import java.util.List;

/**
 * Fixed wording of official documents (Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.9, adapted for an inspection).
 * Deliberately Vietnamese whatever the UI language: a biên bản is a Vietnamese legal document, so this text is
 * not in the message bundles.
 */
public final class ReportWording {

    /** Quốc hiệu. */
    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** Tiêu ngữ (hyphens with spaces). */
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Document type. */
    public static final String TITLE = "BIÊN BẢN";
    /** The body of the team as the author of the minutes. */
    public static final String TEAM_BODY = "ĐOÀN KIỂM TRA CCHC";
    /** Type code of a biên bản and the team's code: "…/BB-ĐKT". */
    public static final String SYMBOL = "BB-ĐKT";

    public static final String SECTION_PARTIES = "Thành phần:";
    public static final String PARTY_TEAM = "1. Đoàn kiểm tra:";
    public static final String PARTY_UNIT = "2. Đơn vị được kiểm tra: ";
    public static final String SECTION_RESULTS = "I. KẾT QUẢ KIỂM TRA";
    // #16 §6: section I's parts are numbered by the writers (VisitReportModel.resultParts), only those present
    public static final String RESULTS_EVIDENCE_TITLE = "Tài liệu đã kiểm tra";
    public static final String RESULTS_FIGURES_TITLE = "Số liệu đã kiểm tra";
    public static final String RESULTS_AREAS_TITLE = "Kết quả chấm điểm theo lĩnh vực";
    public static final String RESULTS_LOST_TITLE = "Các nội dung chưa đạt điểm tối đa, bị trừ điểm";
    public static final String RESULTS_TOTAL_TITLE = "Tổng hợp kết quả";
    /** The short layout, when no item lost points. */
    public static final String NO_LOST_POINTS = "Không có nội dung nào bị trừ điểm.";
    /** The short layout, under the areas table. */
    public static final String SEE_ANNEX = "Kết quả chấm điểm chi tiết từng nội dung tại Phụ lục kèm theo Biên bản "
            + "này.";
    public static final String ANNEX_TITLE = "PHỤ LỤC";
    public static final String ANNEX_SUBTITLE = "KẾT QUẢ CHẤM ĐIỂM CHI TIẾT TỪNG NỘI DUNG";
    /** Before the biên bản's summary (its first letter in lower case) under the annex title, in brackets. */
    public static final String ANNEX_ATTACHED = "Kèm theo Biên bản ";
    public static final String SECTION_FINDINGS = "II. NHẬN XÉT, ĐÁNH GIÁ";
    public static final String FINDINGS_STRENGTHS = "1. Ưu điểm";
    public static final String FINDINGS_LIMITATIONS = "2. Tồn tại, hạn chế";
    public static final String CAUSE = "Nguyên nhân: ";
    public static final String SECTION_RECOMMENDATIONS = "III. KIẾN NGHỊ";
    public static final String RESPONSIBLE = "Trách nhiệm: ";
    public static final String DEADLINE = "thời hạn: ";
    public static final String SECTION_OPINION = "IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA";
    public static final String NONE = "Không có.";
    /** #15 §1: printed when the unit said explicitly that it has no opinion. */
    public static final String NO_UNIT_OPINION = "Đơn vị không có ý kiến.";
    /** A line left to be filled in by hand. */
    public static final String FILL_LINE = "………………………………………………………………………………";

    public static final String COL_CODE = "Mã số";
    public static final String COL_AREA = "Lĩnh vực";
    public static final String COL_CONTENT = "Nội dung kiểm tra";
    public static final String COL_SELF = "Tự chấm";
    public static final String COL_SCORE = "Điểm đạt / tối đa";
    public static final String COL_FIGURE = "Số liệu";
    public static final String COL_VALUE = "Giá trị";
    public static final String COL_UNIT = "Đơn vị tính";

    /** Printed on two lines ("\n"): it does not fit half the text width at 14 pt. */
    public static final String SIGN_UNIT = "ĐẠI DIỆN ĐƠN VỊ\nĐƯỢC KIỂM TRA";
    public static final String SIGN_LEAD = "TRƯỞNG ĐOÀN KIỂM TRA";
    public static final String SIGN_SECRETARY = "THƯ KÝ";
    public static final String SIGN_HINT = "(Ký, ghi rõ họ tên)";
    public static final String RECIPIENTS = "Nơi nhận:";
    public static final String ARCHIVE = "- Lưu: VT, Hồ sơ.";

    // ---------------------------------------------------------------- plan summary (báo cáo kết quả kiểm tra)

    public static final String SUMMARY_RANKING = "I. KẾT QUẢ VÀ XẾP HẠNG CÁC ĐƠN VỊ";
    public static final String SUMMARY_CLASSIFICATION = "II. TỔNG HỢP XẾP LOẠI";
    public static final String SUMMARY_AREAS = "III. KẾT QUẢ THEO LĨNH VỰC";
    public static final String SUMMARY_LIMITATIONS = "IV. NHỮNG TỒN TẠI, HẠN CHẾ PHỔ BIẾN";
    /** Columns of the ranking table. */
    public static final List<String> SUMMARY_RANKING_COLUMNS = List.of("Hạng", "Đơn vị được kiểm tra",
            "Ngày kiểm tra", "Tổng điểm", "Tỷ lệ", "Xếp loại", "So với lần trước (điểm %)");
    public static final String SUMMARY_RANKING_NOTE = "Đơn vị có tỷ lệ bằng nhau được xếp đồng hạng. Cột “So với "
            + "lần trước” là chênh lệch tỷ lệ điểm (điểm phần trăm) so với cuộc kiểm tra liền trước tại cùng đơn vị; "
            + "“—” khi chưa có cuộc trước hoặc chưa có điểm.";
    public static final String SUMMARY_COL_CLASS = "Xếp loại";
    public static final String SUMMARY_COL_VISITS = "Số cuộc kiểm tra";
    public static final String SUMMARY_COL_SCORED = "Số cuộc có điểm";
    public static final String SUMMARY_COL_AVERAGE = "Tỷ lệ trung bình";
    public static final String SUMMARY_METHOD = "Cách tính: ";
    public static final String SUMMARY_CHART_UNITS = "Biểu đồ 1. Tỷ lệ điểm của từng đơn vị (%)";
    public static final String SUMMARY_CHART_AREAS = "Biểu đồ 2. Tỷ lệ điểm trung bình theo lĩnh vực (%)";
    /** Printed in a chart instead of a bar. */
    public static final String SUMMARY_NO_BAR = "chưa có kết quả";
    /** After a common limitation: "(3 lần ghi nhận)". */
    public static final String SUMMARY_TIMES = " lần ghi nhận";

    /** Before the content fingerprint of a finalised visit, at the foot of the report's last page. */
    public static final String FINGERPRINT = "Mã xác thực nội dung (SHA-256): ";

    private ReportWording() {
    }
}
