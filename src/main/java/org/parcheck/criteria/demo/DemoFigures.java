package org.parcheck.criteria.demo;

import java.util.List;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.rules.NumberKind;

/**
 * The raw figures of the demo frameworks and their consistency constraints: every figure of the seed article
 * (domain.md §8.1, R1–R15) plus the denominators the article does not give (procedures in scope, all units,
 * all officials, all public service units). Both demo frameworks share them, so a district's and a commune's
 * figures are typed the same way. Codes are stable identifiers used in answers; names and units are Vietnamese.
 */
public final class DemoFigures {

    /** R1 Hồ sơ tiếp nhận. */
    public static final String RECEIVED = "received";
    /** R2 of which received online. */
    public static final String RECEIVED_ONLINE = "receivedOnline";
    /** R3 Hồ sơ đã giải quyết. */
    public static final String RESOLVED = "resolved";
    /** R4 resolved early or on time. */
    public static final String RESOLVED_ON_TIME = "resolvedOnTime";
    /** R5 Hồ sơ đang giải quyết. */
    public static final String IN_PROGRESS = "inProgress";
    /** R6 dossiers received or returned via the public postal service. */
    public static final String POSTAL = "postal";
    /** R7 outgoing documents on the document software (VNPT-iOffice). */
    public static final String OUTGOING_DOCS = "outgoingDocs";
    /** R8 of which digitally signed. */
    public static final String SIGNED_DOCS = "signedDocs";
    /** R9 procedures posted at the one-stop desk and on the website. */
    public static final String PROCEDURES_POSTED = "proceduresPosted";
    /** Procedures within the unit's competence: the denominator the seed article lacks. */
    public static final String PROCEDURES_IN_SCOPE = "proceduresInScope";
    /** R10 numerator: units that issued internal spending rules. */
    public static final String SPENDING_RULES_UNITS = "spendingRulesUnits";
    /** R10 denominator: units required to issue them. */
    public static final String SPENDING_UNITS = "spendingUnits";
    /** R11 numerator: agencies applying ISO 9001:2015. */
    public static final String ISO_UNITS = "isoUnits";
    /** R11 denominator: agencies required to apply it. */
    public static final String ISO_SCOPE_UNITS = "isoScopeUnits";
    /** R12 numerator: officials with a document-software account. */
    public static final String OFFICIALS_WITH_ACCOUNT = "officialsWithAccount";
    /** R12 denominator: all officials concerned. */
    public static final String OFFICIALS = "officials";
    /** R13 numerator: autonomous public service units. */
    public static final String AUTONOMOUS_UNITS = "autonomousUnits";
    /** R13 denominator: all public service units. */
    public static final String PUBLIC_SERVICE_UNITS = "publicServiceUnits";
    /** R15 positions cut under Nghị định 108/2014/NĐ-CP. */
    public static final String POSITIONS_CUT = "positionsCut";

    private static final String DOSSIERS = "hồ sơ";
    private static final String DOCUMENTS = "văn bản";
    private static final String PROCEDURES = "thủ tục";
    private static final String UNITS = "đơn vị";

    private static final List<FigureDef> FIGURES = List.of(
            count(RECEIVED, "Hồ sơ tiếp nhận", DOSSIERS),
            count(RECEIVED_ONLINE, "Hồ sơ tiếp nhận trực tuyến", DOSSIERS),
            count(RESOLVED, "Hồ sơ đã giải quyết", DOSSIERS),
            count(RESOLVED_ON_TIME, "Hồ sơ giải quyết trước hạn và đúng hạn", DOSSIERS),
            count(IN_PROGRESS, "Hồ sơ đang giải quyết", DOSSIERS),
            count(POSTAL, "Hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích", DOSSIERS),
            count(OUTGOING_DOCS, "Văn bản đi trên phần mềm quản lý văn bản (VNPT-iOffice)", DOCUMENTS),
            count(SIGNED_DOCS, "Văn bản đi có sử dụng chữ ký số", DOCUMENTS),
            count(PROCEDURES_POSTED, "TTHC được công khai tại Bộ phận một cửa và trên trang thông tin điện tử",
                    PROCEDURES),
            count(PROCEDURES_IN_SCOPE, "TTHC thuộc thẩm quyền giải quyết", PROCEDURES),
            count(SPENDING_RULES_UNITS, "Cơ quan, đơn vị đã xây dựng quy chế chi tiêu nội bộ", UNITS),
            count(SPENDING_UNITS, "Cơ quan, đơn vị thuộc diện xây dựng quy chế chi tiêu nội bộ", UNITS),
            count(ISO_UNITS, "Cơ quan, đơn vị áp dụng hệ thống quản lý chất lượng ISO 9001:2015", UNITS),
            count(ISO_SCOPE_UNITS, "Cơ quan, đơn vị thuộc diện áp dụng ISO 9001:2015", UNITS),
            count(OFFICIALS_WITH_ACCOUNT, "Cán bộ, công chức, viên chức được cấp tài khoản phần mềm quản lý văn bản",
                    "người"),
            count(OFFICIALS, "Tổng số cán bộ, công chức, viên chức", "người"),
            count(AUTONOMOUS_UNITS, "Đơn vị sự nghiệp công lập thực hiện tự chủ, tự chịu trách nhiệm", UNITS),
            count(PUBLIC_SERVICE_UNITS, "Tổng số đơn vị sự nghiệp công lập", UNITS),
            count(POSITIONS_CUT, "Biên chế đã tinh giản theo Nghị định 108/2014/NĐ-CP", "biên chế"));

    /*
     * resolved + inProgress ≤ received is SUM_LE, not SUM_EQ: the seed happens to show equality
     * (1,068 + 13 = 1,081), but dossiers withdrawn, returned as incomplete or transferred in the period make
     * the sum smaller in real reports, and a visit must not become INVALID for that.
     */
    private static final List<FigureConstraint> CONSTRAINTS = List.of(
            FigureConstraint.partOf(RECEIVED_ONLINE, RECEIVED),
            FigureConstraint.sumAtMost(RECEIVED, RESOLVED, IN_PROGRESS),
            FigureConstraint.partOf(RESOLVED_ON_TIME, RESOLVED),
            FigureConstraint.partOf(POSTAL, RECEIVED),
            FigureConstraint.partOf(SIGNED_DOCS, OUTGOING_DOCS),
            FigureConstraint.partOf(PROCEDURES_POSTED, PROCEDURES_IN_SCOPE),
            FigureConstraint.partOf(SPENDING_RULES_UNITS, SPENDING_UNITS),
            FigureConstraint.partOf(ISO_UNITS, ISO_SCOPE_UNITS),
            FigureConstraint.partOf(OFFICIALS_WITH_ACCOUNT, OFFICIALS),
            FigureConstraint.partOf(AUTONOMOUS_UNITS, PUBLIC_SERVICE_UNITS));

    private DemoFigures() {
    }

    /** The raw figures, in the order a team types them. */
    public static List<FigureDef> figures() {
        return FIGURES;
    }

    /** Part ≤ whole and sum ≤ whole constraints between the figures. */
    public static List<FigureConstraint> constraints() {
        return CONSTRAINTS;
    }

    private static FigureDef count(String code, String name, String unit) {
        return new FigureDef(code, name, unit, NumberKind.COUNT);
    }
}
