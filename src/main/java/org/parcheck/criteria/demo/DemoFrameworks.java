package org.parcheck.criteria.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkHeader;
import org.parcheck.criteria.FrameworkVersion;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.criteria.VersionStatus;
import org.parcheck.scoring.FrameworkDef;
import org.parcheck.scoring.VisitAnswers;

/**
 * The two built-in demo frameworks (issue 4), one for districts and one for communes, and the answers of the
 * seed visit (Hạ Lang, 2021). <b>Demo data, not official frameworks</b>: they are built from public descriptions
 * of the PAR index (domain.md §1.3, §2.1, §3.3) and say so in their name, description and legal basis. Every
 * number in them is framework data, editable like an imported framework; none is a constant of the engine.
 *
 * <p>Each call returns fresh, immutable records; ids are null (not stored yet) and the UUIDs are stable, so a
 * seeder can recognise a demo framework it stored before.
 */
public final class DemoFrameworks {

    /** Code under which the district demo framework is scored. */
    public static final String DISTRICT_CODE = "DEMO-HUYEN-2021";
    /** Code under which the commune demo framework is scored. */
    public static final String COMMUNE_CODE = "DEMO-XA-2021";
    /** The year both demo versions are for. */
    public static final int YEAR = 2021;

    static final String DISTRICT_NAME = "Bộ tiêu chí kiểm tra CCHC cấp huyện (dữ liệu mẫu)";
    static final String COMMUNE_NAME = "Bộ tiêu chí kiểm tra CCHC cấp xã (dữ liệu mẫu)";

    private static final String DESCRIPTION_TAIL = " Đây là DỮ LIỆU MẪU để dùng thử phần mềm, xây dựng từ các mô tả "
            + "công khai về Chỉ số cải cách hành chính và các bộ chỉ số của tỉnh, thành phố; KHÔNG phải bộ tiêu chí "
            + "chính thức của cơ quan nào. Điểm tối đa, ngưỡng, chỉ tiêu, điểm thưởng, điểm trừ và mức xếp loại chỉ "
            + "có tính minh họa; hãy thay bằng bộ tiêu chí do tỉnh ban hành.";
    private static final String DISTRICT_DESCRIPTION = "Bộ tiêu chí mẫu cho UBND cấp huyện (huyện, thị xã, thành phố "
            + "thuộc tỉnh), gồm 8 lĩnh vực theo cấu trúc Chỉ số CCHC cấp tỉnh." + DESCRIPTION_TAIL;
    private static final String COMMUNE_DESCRIPTION = "Bộ tiêu chí mẫu cho UBND cấp xã (xã, phường, thị trấn), gồm 7 "
            + "nhóm nội dung theo khung chỉ số CCHC cấp xã của Hà Nội (Quyết định 3199/QĐ-UBND năm 2024)."
            + DESCRIPTION_TAIL;
    private static final String LEGAL_BASIS = "Căn cứ minh họa, không có giá trị pháp lý: bộ tiêu chí mẫu cho năm "
            + "2021, dùng với Kế hoạch số 3199/KH-UBND ngày 22/12/2020 của UBND tỉnh Cao Bằng về cải cách hành chính "
            + "nhà nước năm 2021 (nêu trong bài báo mẫu). Nội dung không trích từ văn bản chính thức nào.";

    private DemoFrameworks() {
    }

    /** The district demo framework: header (demo), version 1 for 2021 (published) and content. */
    public static StoredFramework district() {
        FrameworkHeader header = new FrameworkHeader(null, stableUuid("framework:district"), DISTRICT_NAME,
                DISTRICT_DESCRIPTION, Set.of(UnitType.DISTRICT, UnitType.TOWN, UnitType.CITY), true);
        return new StoredFramework(header, version("version:district:1"), DistrictDemoFramework.content());
    }

    /** The commune demo framework: header (demo), version 1 for 2021 (published) and content. */
    public static StoredFramework commune() {
        FrameworkHeader header = new FrameworkHeader(null, stableUuid("framework:commune"), COMMUNE_NAME,
                COMMUNE_DESCRIPTION, Set.of(UnitType.COMMUNE, UnitType.WARD, UnitType.TOWNSHIP), true);
        return new StoredFramework(header, version("version:commune:1"), CommuneDemoFramework.content());
    }

    /** Both demo frameworks, district first. */
    public static List<StoredFramework> all() {
        return List.of(district(), commune());
    }

    /** The district demo framework as the scoring engine sees it. */
    public static FrameworkDef districtScoringDef() {
        return scoringDef(district().content(), DISTRICT_CODE, DISTRICT_NAME);
    }

    /** The commune demo framework as the scoring engine sees it. */
    public static FrameworkDef communeScoringDef() {
        return scoringDef(commune().content(), COMMUNE_CODE, COMMUNE_NAME);
    }

    /**
     * The answers of the seed visit to UBND huyện Hạ Lang (October 2021) for the district demo framework: the
     * figures of the seed article plus plausible demo answers; see {@link DemoVisitAnswers#haLang2021()}.
     */
    public static VisitAnswers seedAnswers() {
        return DemoVisitAnswers.haLang2021();
    }

    private static FrameworkDef scoringDef(FrameworkContent content, String code, String name) {
        return content.toScoringDef(code, name);
    }

    /*
     * Published, because the demo visit is scored with it; publishedAt is left to whoever stores it (the
     * demo has no real publication date).
     */
    private static FrameworkVersion version(String key) {
        return new FrameworkVersion(null, stableUuid(key), null, 1, YEAR, VersionStatus.PUBLISHED, null,
                LEGAL_BASIS, null);
    }

    private static UUID stableUuid(String key) {
        return UUID.nameUUIDFromBytes(("parcheck-demo-" + key).getBytes(StandardCharsets.UTF_8));
    }
}
