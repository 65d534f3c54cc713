package org.parcheck.report;

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
    public static final String RESULTS_FIGURES = "1. Số liệu đã kiểm tra";
    public static final String RESULTS_AREAS = "2. Kết quả chấm điểm theo lĩnh vực";
    public static final String RESULTS_TOTAL = "3. Tổng hợp kết quả";
    public static final String SECTION_FINDINGS = "II. NHẬN XÉT, ĐÁNH GIÁ";
    public static final String FINDINGS_STRENGTHS = "1. Ưu điểm";
    public static final String FINDINGS_LIMITATIONS = "2. Tồn tại, hạn chế";
    public static final String CAUSE = "Nguyên nhân: ";
    public static final String SECTION_RECOMMENDATIONS = "III. KIẾN NGHỊ";
    public static final String RESPONSIBLE = "Trách nhiệm: ";
    public static final String DEADLINE = "thời hạn: ";
    public static final String SECTION_OPINION = "IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA";
    public static final String NONE = "Không có.";
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

    /** Before the content fingerprint of a finalised visit, at the foot of the report's last page. */
    public static final String FINGERPRINT = "Mã xác thực nội dung (SHA-256): ";

    private ReportWording() {
    }
}
