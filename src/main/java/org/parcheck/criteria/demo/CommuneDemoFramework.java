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
import static org.parcheck.criteria.demo.DemoItems.percentBandsPoints;
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
 * The commune demo framework (cấp xã): the 7 content areas of Hà Nội's commune framework (3199/QĐ-UBND 2024,
 * domain.md §2.1 [C] for the areas only) filled with the on-site checks of §3.3. <b>Demo data, not an official
 * framework</b>: every maximum, threshold, target, cap and band is an illustrative [U] value unless a comment
 * names a source. 54 scored leaves (100 points) plus 2 bonus and 2 deduction items. The values with a source
 * (on-time ≥ 98 %, online target 50 %, procedures posted 100 %, the survey scale) are those listed on
 * {@link DistrictDemoFramework}.
 */
final class CommuneDemoFramework {

    /** Bonus cap for the whole framework [U demo value]. */
    static final String BONUS_CAP = "2";
    /** Deduction cap for the whole framework [U demo value]. */
    static final String DEDUCTION_CAP = "3";

    private CommuneDemoFramework() {
    }

    static FrameworkContent content() {
        List<CriteriaItem> areas = List.of(direction(), superiorDocuments(), proceduresOneStop(), staff(),
                finance(), modernisation(), impact());
        // Tốt ≥ 90, Khá ≥ 80, Trung bình ≥ 70, Yếu below: the provincial pattern of domain.md §2.3 with the
        // 70 variant for "Trung bình" (the district demo uses 65) [U demo values].
        return new FrameworkContent(areas, DemoFigures.figures(), DemoFigures.constraints(),
                DemoItems.bands("90", "80", "70"), new BigDecimal(BONUS_CAP), new BigDecimal(DEDUCTION_CAP), true);
    }

    private static CriteriaItem direction() {
        return area("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "14",
                criterion("1.1", "Kế hoạch cải cách hành chính năm",
                        criticalForArea(evidence(yesNo("1.1.1", "Ban hành kế hoạch CCHC năm của UBND xã", "2")
                                .withGuidance("Kiểm tra số, ký hiệu, ngày ban hành kế hoạch; không có kế hoạch "
                                        + "thì toàn bộ lĩnh vực 1 bị tính 0 điểm."))),
                        percentBands("1.1.2", "Mức độ hoàn thành các nhiệm vụ trong kế hoạch CCHC năm (%)", "2",
                                at("80", "0.5"), at("100", "1"))),
                evidence(choice("1.2", "Báo cáo CCHC định kỳ gửi Phòng Nội vụ đầy đủ nội dung, đúng đề cương", "2",
                        option("A", "Đầy đủ nội dung, số liệu", "2"),
                        option("B", "Thiếu một số nội dung hoặc số liệu", "1"),
                        option("C", "Sơ sài, không theo đề cương", "0"))),
                criterion("1.3", "Tuyên truyền cải cách hành chính",
                        yesNo("1.3.1", "Tuyên truyền CCHC trên hệ thống loa truyền thanh cơ sở, tại các hội nghị",
                                "2"),
                        manual("1.3.2", "Hình thức, nội dung tuyên truyền CCHC phù hợp với người dân địa phương",
                                "2", "Chấm theo hình thức, tần suất và hiệu quả tuyên truyền; ghi rõ lý do.")),
                choice("1.4", "Thực hiện kiến nghị của đoàn kiểm tra CCHC năm trước", "2",
                        option("A", "Hoàn thành toàn bộ", "2"),
                        option("B", "Hoàn thành từ một nửa trở lên", "1"),
                        option("C", "Hoàn thành dưới một nửa", "0"))
                        .withGuidance("Đối chiếu với thông báo kết luận kiểm tra năm trước."),
                yesNo("1.5", "Chủ tịch UBND xã trực tiếp chỉ đạo, đối thoại với người dân về CCHC", "2"),
                bonus("1.6", "Điểm thưởng: sáng kiến, mô hình CCHC được cấp có thẩm quyền công nhận", "1", "0.5"),
                deduction("1.7", "Điểm trừ: báo cáo CCHC định kỳ gửi chậm hoặc không gửi", "1", "0.25"));
    }

    private static CriteriaItem superiorDocuments() {
        return area("2", "Tổ chức thực hiện văn bản quy phạm pháp luật, văn bản chỉ đạo của cấp trên", "8",
                yesNo("2.1", "Triển khai kịp thời văn bản quy phạm pháp luật, văn bản chỉ đạo của cấp trên", "2"),
                yesNo("2.2", "Tự kiểm tra, rà soát văn bản do HĐND, UBND xã ban hành", "2"),
                percentBandsPoints("2.3", "Tỷ lệ nhiệm vụ cấp trên giao được hoàn thành đúng hạn (%)", "2",
                        at("80", "1"), at("100", "2")),
                choice("2.4", "Xây dựng xã đạt chuẩn tiếp cận pháp luật", "2",
                        option("A", "Được công nhận đạt chuẩn", "2"),
                        option("B", "Chưa đạt chuẩn", "0")));
    }

    private static CriteriaItem proceduresOneStop() {
        return area("3", "Thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông", "26",
                criterion("3.1", "Công khai thủ tục hành chính",
                        ratioBands("3.1.1", "Tỷ lệ TTHC thuộc thẩm quyền được công khai tại Bộ phận một cửa và "
                                + "trên trang thông tin điện tử", "3", PROCEDURES_POSTED, PROCEDURES_IN_SCOPE,
                                at("90", "0.5"), at("100", "1")),
                        yesNo("3.1.2", "Công khai số điện thoại đường dây nóng, hộp thư góp ý", "1"),
                        yesNoInverted("3.1.3", "Phát hiện TTHC niêm yết đã hết hiệu lực", "1"),
                        yesNo("3.1.4", "TTHC được cập nhật trên phần mềm một cửa điện tử (VNPT-iGate)", "1")),
                criterion("3.2", "Kết quả giải quyết thủ tục hành chính",
                        proportional("3.2.1", "Tỷ lệ hồ sơ đã giải quyết trên tổng số hồ sơ tiếp nhận", "2",
                                RESOLVED, RECEIVED),
                        ratioBands("3.2.2", "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn", "4",
                                RESOLVED_ON_TIME, RESOLVED, at("90", "0.25"), at("95", "0.5"), at("98", "1")),
                        choice("3.2.3", "Thực hiện xin lỗi người dân, tổ chức đối với hồ sơ trễ hạn", "1",
                                option("A", "Có thư xin lỗi cho 100% hồ sơ trễ hạn", "1"),
                                option("B", "Có nhưng chưa đầy đủ", "0.5"),
                                option("C", "Không thực hiện", "0")),
                        ratioBands("3.2.4", "Tỷ lệ hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích",
                                "2", POSTAL, RECEIVED, at("1", "0.25"), at("5", "0.5"), at("10", "1")),
                        toTarget("3.2.5", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "2", RECEIVED_ONLINE, RECEIVED, "50")),
                criterion("3.3", "Hoạt động của Bộ phận một cửa",
                        yesNo("3.3.1", "Bộ phận một cửa có đủ diện tích, trang thiết bị theo quy định", "1.5"),
                        manual("3.3.2", "Công chức Bộ phận một cửa thực hiện đúng quy trình tiếp nhận, trả kết quả",
                                "1.5", "Chấm qua quan sát tại chỗ và sổ theo dõi hồ sơ; ghi rõ lý do."),
                        choice("3.3.3", "Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC", "2",
                                option("A", "Xử lý đúng hạn toàn bộ", "2"),
                                option("B", "Có trường hợp xử lý chậm", "1"),
                                option("C", "Chưa xử lý", "0"))),
                criterion("3.4", "Liên thông thủ tục hành chính",
                        yesNo("3.4.1", "Liên thông đăng ký khai sinh, thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi",
                                "2"),
                        yesNo("3.4.2", "Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ mai táng",
                                "2")));
    }

    private static CriteriaItem staff() {
        return area("4", "Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức", "14",
                evidence(yesNo("4.1", "Bố trí cán bộ, công chức đúng số lượng, chức danh theo quy định", "2")),
                percentBands("4.2", "Tỷ lệ cán bộ, công chức xã đạt chuẩn theo quy định (%)", "2",
                        at("90", "0.5"), at("100", "1")),
                criterion("4.3", "Đào tạo, bồi dưỡng",
                        yesNo("4.3.1", "Cử cán bộ, công chức tham gia đào tạo, bồi dưỡng theo kế hoạch", "1.5"),
                        yesNo("4.3.2", "Bồi dưỡng kỹ năng, nghiệp vụ cho công chức Bộ phận một cửa", "1.5")),
                criterion("4.4", "Kỷ luật, kỷ cương hành chính",
                        yesNoInverted("4.4.1", "Có cán bộ, công chức vi phạm kỷ luật, kỷ cương bị xử lý trong năm",
                                "2"),
                        manual("4.4.2", "Chấp hành quy tắc ứng xử, đeo thẻ, trang phục khi thi hành công vụ", "1.5",
                                "Chấm qua quan sát tại chỗ; ghi rõ lý do."),
                        yesNo("4.4.3", "Đánh giá, xếp loại cán bộ, công chức đúng quy định", "1.5")),
                figureBands("4.5", "Thực hiện tinh giản biên chế theo Nghị định 108/2014/NĐ-CP", "2",
                        POSITIONS_CUT, at("1", "1")),
                deduction("4.6", "Điểm trừ: phản ánh về thái độ, tác phong của cán bộ, công chức được xác minh "
                        + "là đúng", "1", "0.5"));
    }

    private static CriteriaItem finance() {
        return area("5", "Quản lý tài chính công", "10",
                ratioBands("5.1", "Tỷ lệ cơ quan, đơn vị xây dựng quy chế chi tiêu nội bộ", "2",
                        SPENDING_RULES_UNITS, SPENDING_UNITS, at("90", "0.5"), at("100", "1")),
                yesNo("5.2", "Công khai dự toán, quyết toán ngân sách xã theo quy định", "2"),
                choice("5.3", "Quản lý thu, chi ngân sách xã", "2",
                        option("A", "Không có sai phạm", "2"),
                        option("B", "Có sai phạm, đã khắc phục", "1"),
                        option("C", "Có sai phạm, chưa khắc phục", "0")),
                proportional("5.4", "Tỷ lệ đơn vị sự nghiệp công lập thuộc xã thực hiện tự chủ", "2",
                        AUTONOMOUS_UNITS, PUBLIC_SERVICE_UNITS)
                        .withGuidance("Đánh dấu \"Không áp dụng\" khi xã không quản lý đơn vị sự nghiệp công lập."),
                manual("5.5", "Quản lý, sử dụng tài sản công", "2",
                        "Chấm theo việc mở sổ, kiểm kê, sử dụng tài sản đúng mục đích; ghi rõ lý do."));
    }

    private static CriteriaItem modernisation() {
        return area("6", "Hiện đại hóa hành chính", "16",
                criterion("6.1", "Quản lý văn bản và điều hành trên môi trường mạng",
                        proportional("6.1.1", "Tỷ lệ văn bản đi được ký số", "3", SIGNED_DOCS, OUTGOING_DOCS),
                        ratioBands("6.1.2", "Tỷ lệ cán bộ, công chức được cấp tài khoản phần mềm quản lý văn bản",
                                "2", OFFICIALS_WITH_ACCOUNT, OFFICIALS, at("90", "0.5"), at("100", "1")),
                        yesNo("6.1.3", "Sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc", "1"),
                        yesNo("6.1.4", "Hạ tầng, thiết bị công nghệ thông tin đáp ứng yêu cầu công việc", "2")),
                criterion("6.2", "Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015",
                        ratioBands("6.2.1", "Tỷ lệ cơ quan, đơn vị áp dụng ISO 9001:2015", "2",
                                ISO_UNITS, ISO_SCOPE_UNITS, at("80", "0.5"), at("100", "1")),
                        yesNo("6.2.2", "Duy trì, cải tiến hệ thống quản lý chất lượng", "2")),
                criterion("6.3", "Chuyển đổi số cấp xã",
                        choice("6.3.1", "Trang thông tin điện tử của xã cung cấp thông tin theo quy định", "2",
                                option("A", "Đầy đủ, kịp thời", "2"),
                                option("B", "Chưa đầy đủ", "1"),
                                option("C", "Không có hoặc không cập nhật", "0")),
                        yesNo("6.3.2", "Thành lập và duy trì hoạt động Tổ công nghệ số cộng đồng", "2")),
                bonus("6.4", "Điểm thưởng: được khen thưởng, biểu dương về chuyển đổi số", "1", "0.5"));
    }

    private static CriteriaItem impact() {
        return area("7", "Tác động của cải cách hành chính đến phát triển kinh tế – xã hội", "12",
                criterion("7.1", "Mức độ hài lòng của người dân, tổ chức (điều tra xã hội học)",
                        survey(choice("7.1.1", "Hài lòng về tiếp cận dịch vụ hành chính công", "1.2",
                                surveyScale("1.2"))),
                        survey(choice("7.1.2", "Hài lòng về thủ tục hành chính", "1.2", surveyScale("1.2"))),
                        survey(choice("7.1.3", "Hài lòng về sự phục vụ của công chức", "1.2", surveyScale("1.2"))),
                        survey(choice("7.1.4", "Hài lòng về kết quả giải quyết TTHC", "1.2", surveyScale("1.2"))),
                        survey(choice("7.1.5", "Hài lòng về tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "1.2",
                                surveyScale("1.2")))),
                criterion("7.2", "Tác động đến phát triển kinh tế – xã hội",
                        numberBandsPoints("7.2.1", "Tỷ lệ thực hiện dự toán thu ngân sách xã (%)", "2",
                                at("90", "1"), at("100", "2")),
                        yesNo("7.2.2", "Đạt chỉ tiêu giảm tỷ lệ hộ nghèo được giao", "2"),
                        survey(manual("7.2.3", "Đánh giá của người dân về công tác CCHC của xã", "2",
                                "Nhập điểm theo kết quả điều tra xã hội học; ghi rõ nguồn."))));
    }
}
