package org.parcheck.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.parcheck.report.ReportWording;
import org.parcheck.report.VisitReportModel;
import org.parcheck.report.VisitReportModel.Area;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportModel.Figure;
import org.parcheck.report.VisitReportModel.Item;
import org.parcheck.report.VisitReportModel.Limitation;
import org.parcheck.report.VisitReportModel.Member;
import org.parcheck.report.VisitReportModel.Recommendation;
import org.parcheck.report.VisitReportModel.Signature;
import org.parcheck.report.VisitReportModel.Totals;

/** Report models of any size, for pagination tests and timing. */
public final class LongReports {

    private LongReports() {
    }

    /** A full-layout model with {@code areas} areas of {@code itemsPerArea} items, self scores and a secretary. */
    public static VisitReportModel model(int areas, int itemsPerArea) {
        return model(areas, itemsPerArea, Detail.ITEMS);
    }

    /** The same in a layout: {@link Detail#SUMMARY} prints the areas in the body and every item in the annex. */
    public static VisitReportModel model(int areas, int itemsPerArea, Detail layout) {
        List<Area> list = new ArrayList<>();
        for (int a = 1; a <= areas; a++) {
            List<Item> items = new ArrayList<>();
            for (int i = 1; i <= itemsPerArea; i++) {
                String code = a + "." + i;
                items.add(new Item(code, "Mục kiểm tra số " + code + ": thực hiện nhiệm vụ cải cách hành chính "
                        + "theo kế hoạch" + (i % 3 == 0 ? ", có tài liệu kiểm chứng đầy đủ và đúng thời hạn" : ""),
                        "1,5", "2", i % 2 == 0 ? "2" : "",
                        "Tỷ lệ 924 / 1.068 = 86,52% chưa đạt mức 90% → 1,5/2 điểm."));
            }
            list.add(new Area(Integer.toString(a), "Lĩnh vực số " + a + " của bộ tiêu chí", "30",
                    Integer.toString(2 * itemsPerArea), "35", items));
        }
        List<Figure> figures = List.of(new Figure("received", "Hồ sơ tiếp nhận", "1.081", "hồ sơ"),
                new Figure("resolved", "Hồ sơ đã giải quyết", "1.068", "hồ sơ"));
        return new VisitReportModel("UBND TỈNH CAO BẰNG", ReportWording.TEAM_BODY, "Số: 05/BB-ĐKT",
                "Cao Bằng, ngày 01 tháng 10 năm 2021",
                "Kiểm tra công tác cải cách hành chính năm 2021 tại UBND huyện Hạ Lang",
                List.of("Căn cứ Kế hoạch số 3199/KH-UBND ngày 22/12/2020 của UBND tỉnh Cao Bằng;"),
                "Hôm nay, vào hồi 08 giờ 00 phút, ngày 01 tháng 10 năm 2021, tại UBND huyện Hạ Lang, Đoàn kiểm tra "
                        + "tiến hành kiểm tra.",
                List.of(new Member("Lê Văn Miều", "Phó Giám đốc Sở Nội vụ", "Trưởng đoàn"),
                        new Member("Nguyễn Thị Thư", "Chuyên viên Sở Nội vụ", "Thư ký")),
                "UBND huyện Hạ Lang", List.of("Ông Nông Văn A, Chủ tịch UBND huyện"), layout, figures, list,
                true, new Totals(List.of("Tổng điểm: 75,5 điểm, đạt 81,36%.", "Xếp loại: Khá."), false),
                List.of("Công khai đầy đủ thủ tục hành chính."),
                List.of(new Limitation("Tỷ lệ hồ sơ đúng hạn còn thấp.", "Chưa cập nhật kịp thời.")),
                List.of(new Recommendation("Nâng cao tỷ lệ hồ sơ đúng hạn.", "UBND huyện Hạ Lang", "31/12/2021")),
                "Nhất trí với kết quả kiểm tra.",
                "Biên bản kết thúc vào hồi 11 giờ 30 phút, ngày 01 tháng 10 năm 2021; đã đọc cho các thành viên "
                        + "cùng nghe và nhất trí. Biên bản được lập thành 02 bản có giá trị pháp lý như nhau./.",
                List.of(new Signature(ReportWording.SIGN_UNIT, ReportWording.SIGN_HINT, ""),
                        new Signature(ReportWording.SIGN_LEAD, ReportWording.SIGN_HINT, "Lê Văn Miều"),
                        new Signature(ReportWording.SIGN_SECRETARY, ReportWording.SIGN_HINT, "Nguyễn Thị Thư")),
                List.of("- UBND tỉnh Cao Bằng (để báo cáo);", "- UBND huyện Hạ Lang;", ReportWording.ARCHIVE));
    }
}
