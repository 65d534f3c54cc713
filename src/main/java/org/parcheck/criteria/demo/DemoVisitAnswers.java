package org.parcheck.criteria.demo;

import static org.parcheck.criteria.demo.DemoFigures.AUTONOMOUS_UNITS;
import static org.parcheck.criteria.demo.DemoFigures.IN_PROGRESS;
import static org.parcheck.criteria.demo.DemoFigures.ISO_SCOPE_UNITS;
import static org.parcheck.criteria.demo.DemoFigures.ISO_UNITS;
import static org.parcheck.criteria.demo.DemoFigures.OFFICIALS;
import static org.parcheck.criteria.demo.DemoFigures.OFFICIALS_WITH_ACCOUNT;
import static org.parcheck.criteria.demo.DemoFigures.OUTGOING_DOCS;
import static org.parcheck.criteria.demo.DemoFigures.POSITIONS_CUT;
import static org.parcheck.criteria.demo.DemoFigures.POSTAL;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.parcheck.scoring.AnswerValue;
import org.parcheck.scoring.ItemAnswer;
import org.parcheck.scoring.VisitAnswers;

/**
 * The seed visit's answers for the district demo framework: UBND huyện Hạ Lang, Cao Bằng, inspected on
 * 1/10/2021 under Kế hoạch 3199/KH-UBND (seed-article.txt, domain.md §8).
 *
 * <p>The raw figures are the article's; where it reports only a percentage, the counts are chosen to give that
 * percentage and are marked [U]. The procedures in scope are unknown (the article gives only the 221 posted), so
 * the "procedures posted" item is not assessable. The yes/no, choice and manual answers are plausible demo
 * answers, some echoing the article's discussion (VNPT-iGate updates, propaganda content, IT use); four items
 * are left unanswered so that "missing" shows.
 */
public final class DemoVisitAnswers {

    private DemoVisitAnswers() {
    }

    /** The Hạ Lang 2021 visit: figures of the seed article and demo answers for the district framework. */
    public static VisitAnswers haLang2021() {
        return new VisitAnswers(haLangItems(), haLangFigures());
    }

    /** The raw figures of the Hạ Lang 2021 visit, by figure code. */
    public static Map<String, BigDecimal> haLangFigures() {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        // From the article (R1–R9, R15).
        f.put(RECEIVED, n(1081));
        f.put(RECEIVED_ONLINE, n(434));
        f.put(RESOLVED, n(1068));
        f.put(RESOLVED_ON_TIME, n(924));
        f.put(IN_PROGRESS, n(13));
        f.put(POSTAL, n(94));
        f.put(OUTGOING_DOCS, n(3601));
        f.put(SIGNED_DOCS, n(3432));
        f.put(PROCEDURES_POSTED, n(221));
        // PROCEDURES_IN_SCOPE is deliberately absent: the article does not give it (unknown, never zero).
        f.put(POSITIONS_CUT, n(6));
        // R10–R12 are reported as 100 %; the counts are [U] demo values that give 100 %: the district's budget
        // units (UBND huyện, 13 commune-level units, 39 public service units), the 14 agencies in the ISO scope
        // (UBND huyện and 13 commune-level UBND), and 273 commune-level officials (about 21 per commune).
        f.put(SPENDING_RULES_UNITS, n(53));
        f.put(SPENDING_UNITS, n(53));
        f.put(ISO_UNITS, n(14));
        f.put(ISO_SCOPE_UNITS, n(14));
        f.put(OFFICIALS_WITH_ACCOUNT, n(273));
        f.put(OFFICIALS, n(273));
        // R13 "12,82 %" ≈ 5 ÷ 39 = 12.8205 %: the counts are an inference (domain.md §8.2), not reported [U].
        f.put(AUTONOMOUS_UNITS, n(5));
        f.put(PUBLIC_SERVICE_UNITS, n(39));
        return f;
    }

    private static Map<String, ItemAnswer> haLangItems() {
        Map<String, ItemAnswer> a = new LinkedHashMap<>();
        // 1. Chỉ đạo, điều hành
        a.put("1.1.1", yes().withEvidence(1).withSelfScore(d("1.5")));
        a.put("1.1.2", number("100"));
        a.put("1.1.3", yes());
        a.put("1.2", choice("A").withEvidence(4));
        a.put("1.3.1", number("30"));
        a.put("1.3.2", choice("B"));
        a.put("1.4.1", ItemAnswer.manual(d("1.5"), "Tuyên truyền qua trang thông tin điện tử và hội nghị; "
                + "nội dung tuyên truyền chưa cụ thể, đoàn kiểm tra đề nghị cụ thể hóa."));
        a.put("1.4.2", no());
        a.put("1.5", occurrences("0"));
        a.put("1.6", occurrences("1"));
        // 2. Văn bản quy phạm pháp luật
        a.put("2.1.1", yes().withEvidence(1));
        a.put("2.1.2", number("100"));
        a.put("2.2.1", yes());
        a.put("2.2.2", choice("A"));
        a.put("2.3.1", yes());
        a.put("2.3.2", ItemAnswer.manual(d("1"), "Có kế hoạch nhưng chưa tổ chức kiểm tra theo chuyên đề."));
        // 3. Thủ tục hành chính; 3.1.1, 3.2.1, 3.2.2, 3.2.4 and 3.3.1 read the raw figures.
        a.put("3.1.2", yes());
        a.put("3.1.3", no());
        a.put("3.1.4", no());
        a.put("3.2.2", ItemAnswer.empty().withSelfScore(d("3")));
        a.put("3.2.3", choice("B"));
        a.put("3.3.2", number("40"));
        a.put("3.4.1", yes());
        a.put("3.4.2", yes());
        a.put("3.4.3", choice("A"));
        a.put("3.4.4", yes());
        // 4. Tổ chức bộ máy; 4.2.2 reads the positions cut. 4.3.1 is left unanswered.
        a.put("4.1.1", yes().withEvidence(1));
        a.put("4.1.2", yes());
        a.put("4.2.1", no());
        a.put("4.3.2", yes());
        // 5. Chế độ công vụ
        a.put("5.1.1", yes().withEvidence(1));
        a.put("5.1.2", choice("A"));
        a.put("5.2.1", yes());
        a.put("5.2.2", number("85"));
        a.put("5.2.3", yes());
        a.put("5.3.1", no());
        a.put("5.3.2", yes());
        a.put("5.3.3", no());
        a.put("5.4", occurrences("0"));
        // 6. Tài chính công; 6.1 and 6.2.1 read the figures.
        a.put("6.2.2", yes());
        a.put("6.3.1", yes());
        a.put("6.3.2", choice("A"));
        a.put("6.3.3", ItemAnswer.manual(d("1"), "Sổ theo dõi tài sản đầy đủ, kiểm kê hằng năm."));
        // 7. Chính quyền điện tử; 7.1.1, 7.1.2 and 7.2.1 read the figures. 7.4.3 is left unanswered.
        a.put("7.1.1", ItemAnswer.empty().withSelfScore(d("3")));
        a.put("7.1.3", yes());
        a.put("7.1.4", yes());
        a.put("7.2.2", yes());
        a.put("7.3.1", choice("B"));
        a.put("7.3.2", no());
        a.put("7.4.1", yes());
        a.put("7.4.2", no());
        a.put("7.5", occurrences("0"));
        // 8. Tác động (survey); 8.1.5 and 8.2.3 are left unanswered (survey results not in yet).
        a.put("8.1.1", choice("B"));
        a.put("8.1.2", choice("B"));
        a.put("8.1.3", choice("A"));
        a.put("8.1.4", choice("B"));
        a.put("8.2.1", number("102"));
        a.put("8.2.2", yes());
        return a;
    }

    private static ItemAnswer yes() {
        return ItemAnswer.of(AnswerValue.yes());
    }

    private static ItemAnswer no() {
        return ItemAnswer.of(AnswerValue.no());
    }

    private static ItemAnswer choice(String code) {
        return ItemAnswer.of(AnswerValue.choice(code));
    }

    private static ItemAnswer number(String value) {
        return ItemAnswer.of(AnswerValue.number(value));
    }

    private static ItemAnswer occurrences(String count) {
        return ItemAnswer.of(AnswerValue.occurrences(count));
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
