package org.parcheck.criteria.demo;

import static org.parcheck.criteria.demo.DemoItems.area;
import static org.parcheck.criteria.demo.DemoItems.at;
import static org.parcheck.criteria.demo.DemoItems.bonus;
import static org.parcheck.criteria.demo.DemoItems.choice;
import static org.parcheck.criteria.demo.DemoItems.criterion;
import static org.parcheck.criteria.demo.DemoItems.criticalForArea;
import static org.parcheck.criteria.demo.DemoItems.deduction;
import static org.parcheck.criteria.demo.DemoItems.evidence;
import static org.parcheck.criteria.demo.DemoItems.figureBands;
import static org.parcheck.criteria.demo.DemoItems.manual;
import static org.parcheck.criteria.demo.DemoItems.numberBandsPoints;
import static org.parcheck.criteria.demo.DemoItems.option;
import static org.parcheck.criteria.demo.DemoItems.percentBands;
import static org.parcheck.criteria.demo.DemoItems.proportional;
import static org.parcheck.criteria.demo.DemoItems.ratioBands;
import static org.parcheck.criteria.demo.DemoItems.survey;
import static org.parcheck.criteria.demo.DemoItems.surveyScale;
import static org.parcheck.criteria.demo.DemoItems.toTarget;
import static org.parcheck.criteria.demo.DemoItems.yesNo;
import static org.parcheck.criteria.demo.DemoItems.yesNoInverted;
import static org.parcheck.criteria.demo.DemoFigures.AUTONOMOUS_UNITS;
import static org.parcheck.criteria.demo.DemoFigures.ISO_SCOPE_UNITS;
import static org.parcheck.criteria.demo.DemoFigures.ISO_UNITS;
import static org.parcheck.criteria.demo.DemoFigures.OFFICIALS;
import static org.parcheck.criteria.demo.DemoFigures.OFFICIALS_WITH_ACCOUNT;
import static org.parcheck.criteria.demo.DemoFigures.OUTGOING_DOCS;
import static org.parcheck.criteria.demo.DemoFigures.POSITIONS_CUT;
import static org.parcheck.criteria.demo.DemoFigures.POSTAL;
import static org.parcheck.criteria.demo.DemoFigures.PROCEDURES_IN_SCOPE;
import static org.parcheck.criteria.demo.DemoFigures.PROCEDURES_POSTED;
import static org.parcheck.criteria.demo.DemoFigures.PUBLIC_SERVICE_UNITS;
import static org.parcheck.criteria.demo.DemoFigures.RECEIVED;
import static org.parcheck.criteria.demo.DemoFigures.RECEIVED_ONLINE;
import static org.parcheck.criteria.demo.DemoFigures.RESOLVED;
import static org.parcheck.criteria.demo.DemoFigures.RESOLVED_ON_TIME;
import static org.parcheck.criteria.demo.DemoFigures.SIGNED_DOCS;
import static org.parcheck.criteria.demo.DemoFigures.SPENDING_RULES_UNITS;
import static org.parcheck.criteria.demo.DemoFigures.SPENDING_UNITS;

import java.math.BigDecimal;
import java.util.List;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkContent;

/**
 * The district demo framework (cấp huyện): the 8 areas of the provincial PAR index (domain.md §1.3, itself [U])
 * filled with what an inspection team verifies on site (§3.3). <b>Demo data, not an official framework</b>: no
 * per-item points table of any province could be read (§2.5), so every maximum, threshold, target, cap and
 * band below is an illustrative [U] value unless a comment names a source. 67 scored leaves (100 points)
 * plus 2 bonus and 2 deduction items.
 *
 * <p>Values with a source: on-time ratio ≥ 98 % for full points (Cao Bằng plan 2163/KH-UBND, 2025 [C]), ≥ 95 %
 * for half (older plans [U]), ≥ 90 % for a quarter [U]; online dossier share target 50 % (QĐ 766/QĐ-TTg [3P]);
 * 100 % of procedures posted (Cao Bằng 2025 [C]); survey scale A/B/C/D = 100/60/20/0 % of the maximum [3P];
 * the five satisfaction items are the SIPAS factors [C]. Everything else is [U] demo data.
 */
final class DistrictDemoFramework {

    /** Bonus cap for the whole framework [U demo value]. */
    static final String BONUS_CAP = "2";
    /** Deduction cap for the whole framework [U demo value]. */
    static final String DEDUCTION_CAP = "3";

    private DistrictDemoFramework() {
    }

    static FrameworkContent content() {
        List<CriteriaItem> areas = List.of(direction(), legalDocuments(), procedures(), organisation(),
                civilService(), publicFinance(), eGovernment(), impact());
        // Tốt ≥ 90, Khá ≥ 80, Trung bình ≥ 65, Yếu below: a common provincial pattern, not confirmed for any
        // named province (domain.md §2.3) [U demo values].
        return new FrameworkContent(areas, DemoFigures.figures(), DemoFigures.constraints(),
                DemoItems.bands("90", "80", "65"), new BigDecimal(BONUS_CAP), new BigDecimal(DEDUCTION_CAP), true);
    }

    private static CriteriaItem direction() {
        return area("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "12",
                criterion("1.1", "Kế hoạch cải cách hành chính năm",
                        criticalForArea(evidence(yesNo("1.1.1",
                                "Ban hành kế hoạch CCHC năm của UBND huyện đúng thời hạn", "1.5")
                                .withGuidance("Kiểm tra số, ký hiệu, ngày ban hành kế hoạch; không có kế hoạch "
                                        + "thì toàn bộ lĩnh vực 1 bị tính 0 điểm."))),
                        percentBands("1.1.2", "Mức độ hoàn thành các nhiệm vụ trong kế hoạch CCHC năm (%)", "1.5",
                                at("80", "0.5"), at("100", "1"))
                                .withGuidance("Nhập tỷ lệ nhiệm vụ đã hoàn thành; 100% được tối đa, "
                                        + "từ 80% được một nửa."),
                        yesNo("1.1.3", "Ban hành kế hoạch tuyên truyền CCHC năm", "1")),
                evidence(choice("1.2", "Chất lượng báo cáo CCHC định kỳ (quý, 6 tháng, năm)", "2",
                        option("A", "Đầy đủ nội dung, số liệu theo đề cương", "2"),
                        option("B", "Thiếu một số nội dung hoặc số liệu", "1"),
                        option("C", "Sơ sài, không theo đề cương", "0"))
                        .withGuidance("Đối chiếu các báo cáo quý, 6 tháng, năm với đề cương của tỉnh.")),
                criterion("1.3", "Kiểm tra công tác CCHC",
                        percentBands("1.3.1", "Tỷ lệ cơ quan chuyên môn và UBND cấp xã được kiểm tra CCHC "
                                + "trong năm (%)", "1.5", at("20", "0.5"), at("30", "1")),
                        choice("1.3.2", "Xử lý các tồn tại, hạn chế phát hiện qua kiểm tra", "1.5",
                                option("A", "Đã xử lý hoặc kiến nghị xử lý toàn bộ", "1.5"),
                                option("B", "Xử lý một phần", "0.75"),
                                option("C", "Chưa xử lý", "0"))),
                criterion("1.4", "Tuyên truyền, sáng kiến cải cách hành chính",
                        manual("1.4.1", "Kết quả tuyên truyền CCHC (nội dung, hình thức, mức độ thường xuyên)",
                                "2", "Chấm theo số lượng, hình thức và hiệu quả tuyên truyền; ghi rõ lý do."),
                        yesNo("1.4.2", "Có sáng kiến, mô hình, giải pháp mới trong CCHC được triển khai", "1")),
                bonus("1.5", "Điểm thưởng: sáng kiến, mô hình CCHC được cấp có thẩm quyền công nhận", "1", "0.5"),
                deduction("1.6", "Điểm trừ: báo cáo CCHC định kỳ gửi chậm hoặc không gửi", "1", "0.25"));
    }

    private static CriteriaItem legalDocuments() {
        return area("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "8",
                criterion("2.1", "Ban hành văn bản thuộc thẩm quyền",
                        evidence(yesNo("2.1.1", "Ban hành kế hoạch xây dựng văn bản quy phạm pháp luật năm", "1")),
                        percentBands("2.1.2", "Tỷ lệ văn bản ban hành đúng kế hoạch (%)", "2",
                                at("80", "0.5"), at("100", "1"))),
                criterion("2.2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
                        yesNo("2.2.1", "Ban hành kế hoạch rà soát, hệ thống hóa văn bản", "1"),
                        choice("2.2.2", "Xử lý kết quả rà soát", "1.5",
                                option("A", "Đã xử lý hoặc kiến nghị xử lý toàn bộ", "1.5"),
                                option("B", "Xử lý một phần", "0.75"),
                                option("C", "Chưa xử lý", "0"))),
                criterion("2.3", "Kiểm tra, theo dõi thi hành pháp luật",
                        yesNo("2.3.1", "Ban hành kế hoạch theo dõi thi hành pháp luật năm", "1"),
                        manual("2.3.2", "Kết quả kiểm tra, theo dõi thi hành pháp luật", "1.5",
                                "Chấm theo số cuộc kiểm tra và việc xử lý kết quả; ghi rõ lý do.")));
    }

    private static CriteriaItem procedures() {
        return area("3", "Cải cách thủ tục hành chính", "22",
                criterion("3.1", "Công khai thủ tục hành chính",
                        ratioBands("3.1.1", "Tỷ lệ TTHC thuộc thẩm quyền được công khai tại Bộ phận một cửa và "
                                + "trên trang thông tin điện tử", "2", PROCEDURES_POSTED, PROCEDURES_IN_SCOPE,
                                at("90", "0.5"), at("100", "1"))
                                .withGuidance("Số TTHC công khai ÷ số TTHC thuộc thẩm quyền; cần cả hai số liệu. "
                                        + "Chỉ tiêu 100% TTHC được công khai (Kế hoạch 2163/KH-UBND tỉnh Cao Bằng)."),
                        yesNo("3.1.2", "Công khai địa chỉ, số điện thoại tiếp nhận phản ánh, kiến nghị", "1"),
                        yesNo("3.1.3", "TTHC được cập nhật đầy đủ, kịp thời trên phần mềm một cửa điện tử "
                                + "(VNPT-iGate)", "1"),
                        yesNoInverted("3.1.4", "Phát hiện TTHC niêm yết đã hết hiệu lực hoặc không đúng bộ TTHC "
                                + "được công bố", "1")
                                .withGuidance("Trả lời \"Không\" khi không phát hiện trường hợp nào: được tối đa.")),
                criterion("3.2", "Kết quả giải quyết thủ tục hành chính",
                        proportional("3.2.1", "Tỷ lệ hồ sơ đã giải quyết trên tổng số hồ sơ tiếp nhận", "2",
                                RESOLVED, RECEIVED),
                        ratioBands("3.2.2", "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn", "3",
                                RESOLVED_ON_TIME, RESOLVED, at("90", "0.25"), at("95", "0.5"), at("98", "1"))
                                .withGuidance("Số hồ sơ trước hạn, đúng hạn ÷ số hồ sơ đã giải quyết. Từ 98% "
                                        + "được tối đa (chỉ tiêu Cao Bằng 2025), từ 95% một nửa, từ 90% một phần "
                                        + "tư (mức mẫu)."),
                        choice("3.2.3", "Thực hiện xin lỗi người dân, tổ chức đối với hồ sơ trễ hạn", "1",
                                option("A", "Có thư xin lỗi cho 100% hồ sơ trễ hạn", "1"),
                                option("B", "Có nhưng chưa đầy đủ", "0.5"),
                                option("C", "Không thực hiện", "0")),
                        ratioBands("3.2.4", "Tỷ lệ hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích",
                                "2", POSTAL, RECEIVED, at("1", "0.25"), at("5", "0.5"), at("10", "1"))),
                criterion("3.3", "Cung cấp dịch vụ công trực tuyến",
                        toTarget("3.3.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "3", RECEIVED_ONLINE, RECEIVED, "50")
                                .withGuidance("Đạt từ 50% được tối đa; dưới mức đó tính theo tỷ lệ so với 50% "
                                        + "(cách tính của Bộ chỉ số 766)."),
                        percentBands("3.3.2", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ (%)",
                                "1", at("30", "0.5"), at("50", "1"))
                                .withGuidance("Nhập tỷ lệ theo báo cáo của đơn vị.")),
                criterion("3.4", "Thực hiện cơ chế một cửa, một cửa liên thông",
                        yesNo("3.4.1", "Bộ phận một cửa bố trí đủ công chức, trang thiết bị theo quy định", "1.5"),
                        yesNo("3.4.2", "Thực hiện liên thông giải quyết TTHC giữa cấp huyện và cấp xã", "1"),
                        choice("3.4.3", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về TTHC", "1.5",
                                option("A", "Xử lý đúng hạn toàn bộ", "1.5"),
                                option("B", "Có trường hợp xử lý chậm", "0.75"),
                                option("C", "Chưa xử lý", "0")),
                        yesNo("3.4.4", "Rà soát, đề xuất đơn giản hóa TTHC theo kế hoạch", "1")));
    }

    private static CriteriaItem organisation() {
        return area("4", "Cải cách tổ chức bộ máy hành chính nhà nước", "9",
                criterion("4.1", "Sắp xếp, kiện toàn tổ chức bộ máy",
                        evidence(yesNo("4.1.1", "Ban hành quy định chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức "
                                + "của các cơ quan chuyên môn", "1.5")),
                        yesNo("4.1.2", "Thực hiện sắp xếp tổ chức, đơn vị sự nghiệp theo kế hoạch", "1.5")),
                criterion("4.2", "Quản lý, sử dụng biên chế",
                        yesNoInverted("4.2.1", "Sử dụng vượt số biên chế được giao", "1.5"),
                        figureBands("4.2.2", "Thực hiện tinh giản biên chế theo Nghị định 108/2014/NĐ-CP", "2.5",
                                POSITIONS_CUT, at("1", "0.5"), at("5", "1"))
                                .withGuidance("Số biên chế đã tinh giản trong năm: từ 5 được tối đa, từ 1 được "
                                        + "một nửa (mức mẫu).")),
                criterion("4.3", "Thực hiện phân cấp quản lý",
                        manual("4.3.1", "Thực hiện các nhiệm vụ được tỉnh phân cấp", "1",
                                "Chấm theo mức độ thực hiện các nhiệm vụ được phân cấp; ghi rõ lý do."),
                        yesNo("4.3.2", "Kiểm tra việc thực hiện nhiệm vụ phân cấp cho cấp xã", "1")));
    }

    private static CriteriaItem civilService() {
        return area("5", "Cải cách chế độ công vụ", "12",
                criterion("5.1", "Vị trí việc làm và cơ cấu ngạch công chức",
                        evidence(yesNo("5.1.1", "Đề án vị trí việc làm được phê duyệt và thực hiện đúng", "1.5")),
                        choice("5.1.2", "Bố trí công chức, viên chức theo vị trí việc làm", "1.5",
                                option("A", "Đúng vị trí việc làm", "1.5"),
                                option("B", "Còn trường hợp bố trí chưa đúng", "0.75"),
                                option("C", "Nhiều trường hợp bố trí chưa đúng", "0"))),
                criterion("5.2", "Tuyển dụng, đánh giá, đào tạo, bồi dưỡng",
                        yesNo("5.2.1", "Đánh giá, xếp loại cán bộ, công chức, viên chức đúng quy định", "1.5"),
                        percentBands("5.2.2", "Tỷ lệ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, "
                                + "viên chức (%)", "2", at("50", "0.5"), at("80", "0.75"), at("100", "1")),
                        yesNo("5.2.3", "Tuyển dụng, tiếp nhận công chức, viên chức đúng quy định", "1.5")),
                criterion("5.3", "Kỷ luật, kỷ cương hành chính",
                        yesNoInverted("5.3.1", "Có cán bộ, công chức, viên chức vi phạm kỷ luật, kỷ cương "
                                + "bị xử lý trong năm", "2")
                                .withGuidance("Trả lời \"Không\" khi không có trường hợp nào: được tối đa."),
                        yesNo("5.3.2", "Công chức tại Bộ phận một cửa đeo thẻ, mặc trang phục, thực hiện quy tắc "
                                + "ứng xử", "1"),
                        yesNo("5.3.3", "Tổ chức kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính",
                                "1")),
                deduction("5.4", "Điểm trừ: bị cấp trên phê bình, nhắc nhở về kỷ luật, kỷ cương hành chính",
                        "1", "0.5"));
    }

    private static CriteriaItem publicFinance() {
        return area("6", "Cải cách tài chính công", "9",
                ratioBands("6.1", "Tỷ lệ cơ quan, đơn vị xây dựng quy chế chi tiêu nội bộ", "2",
                        SPENDING_RULES_UNITS, SPENDING_UNITS, at("90", "0.5"), at("100", "1")),
                criterion("6.2", "Cơ chế tự chủ của đơn vị sự nghiệp công lập",
                        proportional("6.2.1", "Tỷ lệ đơn vị sự nghiệp công lập thực hiện tự chủ, tự chịu trách "
                                + "nhiệm", "2", AUTONOMOUS_UNITS, PUBLIC_SERVICE_UNITS)
                                .withGuidance("Theo Nghị định 16/2015/NĐ-CP, 43/2006/NĐ-CP (nay là Nghị định "
                                        + "60/2021/NĐ-CP)."),
                        yesNo("6.2.2", "Ban hành lộ trình giao quyền tự chủ cho đơn vị sự nghiệp công lập", "1")),
                criterion("6.3", "Quản lý, sử dụng ngân sách và tài sản công",
                        yesNo("6.3.1", "Công khai dự toán, quyết toán ngân sách theo quy định", "1.5"),
                        choice("6.3.2", "Kết quả thanh tra, kiểm toán về tài chính, ngân sách", "1.5",
                                option("A", "Không có sai phạm", "1.5"),
                                option("B", "Có sai phạm, đã khắc phục", "0.75"),
                                option("C", "Có sai phạm, chưa khắc phục", "0")),
                        manual("6.3.3", "Quản lý, sử dụng tài sản công", "1",
                                "Chấm theo việc mở sổ, kiểm kê, sử dụng tài sản đúng mục đích; ghi rõ lý do.")));
    }

    private static CriteriaItem eGovernment() {
        return area("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "16",
                criterion("7.1", "Quản lý văn bản và điều hành trên môi trường mạng",
                        ratioBands("7.1.1", "Tỷ lệ văn bản đi được ký số", "3", SIGNED_DOCS, OUTGOING_DOCS,
                                at("80", "0.5"), at("90", "0.75"), at("98", "1")),
                        proportional("7.1.2", "Tỷ lệ cán bộ, công chức, viên chức được cấp tài khoản phần mềm "
                                + "quản lý văn bản và điều hành", "2", OFFICIALS_WITH_ACCOUNT, OFFICIALS),
                        yesNo("7.1.3", "Phần mềm quản lý văn bản liên thông 4 cấp chính quyền", "1"),
                        yesNo("7.1.4", "Sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc", "1")),
                criterion("7.2", "Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015",
                        ratioBands("7.2.1", "Tỷ lệ cơ quan, đơn vị áp dụng ISO 9001:2015", "2",
                                ISO_UNITS, ISO_SCOPE_UNITS, at("80", "0.5"), at("100", "1")),
                        yesNo("7.2.2", "Duy trì, cải tiến hệ thống: đánh giá nội bộ, công bố lại khi thay đổi",
                                "1")),
                criterion("7.3", "Cổng/trang thông tin điện tử và Bộ phận một cửa hiện đại",
                        choice("7.3.1", "Trang thông tin điện tử của huyện cung cấp thông tin theo quy định", "1.5",
                                option("A", "Đầy đủ, kịp thời", "1.5"),
                                option("B", "Chưa đầy đủ", "0.75"),
                                option("C", "Không cập nhật", "0")),
                        yesNo("7.3.2", "Bộ phận một cửa có thiết bị tra cứu, lấy số thứ tự, đánh giá điện tử",
                                "1.5")),
                criterion("7.4", "Bảo đảm an toàn thông tin mạng",
                        yesNo("7.4.1", "Ban hành quy chế bảo đảm an toàn thông tin mạng", "1"),
                        yesNoInverted("7.4.2", "Để xảy ra sự cố mất an toàn thông tin do lỗi chủ quan", "1"),
                        manual("7.4.3", "Phân loại, bảo vệ hệ thống thông tin theo cấp độ", "1",
                                "Chấm theo hồ sơ đề xuất cấp độ đã được phê duyệt; ghi rõ lý do.")),
                bonus("7.5", "Điểm thưởng: được khen thưởng, biểu dương về chuyển đổi số", "1", "0.5"));
    }

    private static CriteriaItem impact() {
        return area("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội",
                "12",
                criterion("8.1", "Mức độ hài lòng của người dân, tổ chức (điều tra xã hội học)",
                        survey(choice("8.1.1", "Hài lòng về tiếp cận dịch vụ hành chính công", "1.2",
                                surveyScale("1.2"))),
                        survey(choice("8.1.2", "Hài lòng về thủ tục hành chính", "1.2", surveyScale("1.2"))),
                        survey(choice("8.1.3", "Hài lòng về sự phục vụ của công chức", "1.2", surveyScale("1.2"))),
                        survey(choice("8.1.4", "Hài lòng về kết quả giải quyết TTHC", "1.2", surveyScale("1.2"))),
                        survey(choice("8.1.5", "Hài lòng về tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "1.2",
                                surveyScale("1.2")))),
                criterion("8.2", "Tác động đến phát triển kinh tế – xã hội",
                        numberBandsPoints("8.2.1", "Tỷ lệ thực hiện dự toán thu ngân sách nhà nước trên địa bàn "
                                + "(%)", "2", at("90", "1"), at("100", "2")),
                        yesNo("8.2.2", "Đạt chỉ tiêu giảm tỷ lệ hộ nghèo được giao", "2"),
                        survey(manual("8.2.3", "Đánh giá của đại biểu HĐND, lãnh đạo cơ quan, đơn vị về công tác "
                                + "CCHC của huyện", "2",
                                "Nhập điểm theo kết quả điều tra xã hội học; ghi rõ nguồn."))));
    }
}
