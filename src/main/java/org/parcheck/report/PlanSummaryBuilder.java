package org.parcheck.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.Finding;
import org.parcheck.answering.VisitOpener;
import org.parcheck.answering.VisitSession;
import org.parcheck.common.util.Text;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanRepository;
import org.parcheck.plan.PlanService;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;
import org.parcheck.plan.VisitStatus;
import org.parcheck.report.PlanSummaryModel.AreaAverage;
import org.parcheck.report.PlanSummaryModel.ClassCount;
import org.parcheck.report.PlanSummaryModel.CommonLimitation;
import org.parcheck.report.PlanSummaryModel.ItemLine;
import org.parcheck.report.PlanSummaryModel.VisitResult;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.ItemScore;
import org.parcheck.scoring.ItemStatus;
import org.parcheck.scoring.NodeScore;
import org.parcheck.scoring.RankEntry;
import org.parcheck.scoring.RankedCard;
import org.parcheck.scoring.Ranking;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.explain.Display;
import org.parcheck.scoring.explain.ExplanationFormatter;
import org.parcheck.scoring.rules.RuleType;

/**
 * Builds the {@link PlanSummaryModel} of a plan from the services; the one path used by the command line (and
 * later the UI). All text is Vietnamese (an official document) and NFC.
 *
 * <p>Rules: a visit is scored when its score card has a percentage (provisional ones are marked "tạm tính");
 * visits are ranked with {@link Ranking} (ties share a rank); an area's average is the arithmetic mean of the
 * area's percentage over the scored visits that have it ({@link #AVERAGE_METHOD}); limitations are grouped by
 * identical text after NFC, trimming, collapsing spaces and lower-casing.
 */
public final class PlanSummaryBuilder {

    /** Printed under the per-area table. */
    public static final String AVERAGE_METHOD = "Tỷ lệ trung bình của lĩnh vực là trung bình cộng tỷ lệ điểm của "
            + "từng lĩnh vực trên các cuộc kiểm tra đã có điểm; không tính cuộc chưa có điểm. Tỷ lệ điểm của lĩnh "
            + "vực tại một cuộc kiểm tra = điểm đạt / điểm tối đa của các nội dung đã chấm × 100; các lĩnh vực "
            + "được đối chiếu theo mã số.";
    /** Printed for a visit without a score. */
    public static final String NO_RESULT = "Chưa có kết quả";
    /** Symbol of a report (báo cáo) by the team. */
    public static final String SYMBOL = "BC-ĐKT";
    public static final String TITLE = "BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH";

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String DASH = "—";

    private final AnswerService answers;
    private final PlanRepository plans;
    private final PlanService planService;
    private final ExplanationFormatter format = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);

    public PlanSummaryBuilder(AnswerService answers, PlanRepository plans, PlanService planService) {
        this.answers = answers;
        this.plans = plans;
        this.planService = planService;
    }

    /**
     * A visit's data gathered from the services; {@code before} is the shown percentage of the same unit's previous
     * visit (null when there is none, or it has no score).
     */
    private record Scored(VisitOverview overview, VisitSession session, AnswerSheet sheet, ScoreCard card,
                          BigDecimal before) {
    }

    /**
     * The summary of a plan.
     *
     * @throws UnknownPlanException when there is no such plan
     */
    public PlanSummaryModel build(long planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new UnknownPlanException(planId));
        List<Scored> all = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        Map<String, String> areaTitles = new LinkedHashMap<>();
        // one opener for the whole summary: each framework version loaded and compiled once, the units read once
        VisitOpener opener = answers.opener();
        List<VisitOverview> overviews = planService.visits(planId);
        // the sheets of all the plan's visits read together (#17: a plan of 200 visits on the province server)
        Map<Long, AnswerSheet> sheets = opener.sheets(overviews.stream()
                .filter(o -> o.visit().frameworkVersionId() != null).map(o -> o.visit().id()).toList());
        for (VisitOverview overview : overviews) {
            VisitSession session = null;
            AnswerSheet sheet = null;
            ScoreCard card = null;
            if (overview.visit().frameworkVersionId() != null) {
                session = opener.open(overview.visit());
                sheet = sheets.get(overview.visit().id());
                card = answers.score(session, sheet);
                for (Band band : session.framework().content().bands()) {
                    if (bands.stream().noneMatch(b -> b.labelVi().equals(band.labelVi()))) {
                        bands.add(band);
                    }
                }
                for (CriteriaItem area : session.framework().content().areas()) {
                    areaTitles.putIfAbsent(area.code(), Text.nfc(area.title()));
                }
            }
            all.add(new Scored(overview, session, sheet, card, null));
        }
        return assemble(plan, withPrevious(opener, all), bands, areaTitles, plans.team(planId));
    }

    /** The visits with the shown percentage of each scored one's previous visit, read together. */
    private List<Scored> withPrevious(VisitOpener opener, List<Scored> all) {
        List<Long> scored = all.stream().filter(s -> s.card() != null && s.card().percent() != null)
                .map(s -> s.overview().visit().id()).toList();
        Map<Long, Visit> previousVisits = opener.previousVisits(scored);
        Map<Long, AnswerSheet> previousSheets = opener.scoringSheets(previousVisits.values().stream().map(Visit::id)
                .toList());
        List<Scored> out = new ArrayList<>(all.size());
        for (Scored s : all) {
            Visit previous = previousVisits.get(s.overview().visit().id());
            BigDecimal before = previous == null ? null : previousPercent(opener, previous,
                    previousSheets.get(previous.id()));
            out.add(before == null ? s : new Scored(s.overview(), s.session(), s.sheet(), s.card(), before));
        }
        return out;
    }

    private PlanSummaryModel assemble(Plan plan, List<Scored> all, List<Band> bands, Map<String, String> areaTitles,
                                      List<TeamMember> team) {
        String issuer = Text.nfc(plan.issuingBody());
        List<VisitResult> results = rankedResults(all);

        // classification counts, bands best first, then the visits without a result
        bands.sort(Comparator.comparing(Band::minPercent).reversed());
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        for (Band band : bands) {
            byLabel.put(Text.nfc(band.labelVi()), 0);
        }
        int unscored = 0;
        for (Scored s : all) {
            if (s.card() == null || s.card().percent() == null) {
                unscored++;
            } else if (s.card().classification() != null) {
                byLabel.merge(Text.nfc(s.card().classification().labelVi()), 1, Integer::sum);
            }
        }
        List<ClassCount> counts = new ArrayList<>();
        byLabel.forEach((label, count) -> counts.add(new ClassCount(label, count)));
        counts.add(new ClassCount(NO_RESULT, unscored));

        List<AreaAverage> areas = new ArrayList<>();
        for (Map.Entry<String, String> area : areaTitles.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (VisitResult r : results) {
                BigDecimal p = r.scored() ? r.areaPercents().get(area.getKey()) : null;
                if (p != null) {
                    sum = sum.add(p);
                    n++;
                }
            }
            BigDecimal average = n == 0 ? null : sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
            areas.add(new AreaAverage(area.getKey(), area.getValue(), average,
                    average == null ? DASH : format.percent(average), n));
        }

        long scored = results.stream().filter(VisitResult::scored).count();
        String planRef = "Kế hoạch số " + plan.numberSymbol() + " ngày "
                + VisitReportBuilder.slashDate(plan.issuedDate()) + " của " + issuer;
        String summary = "Kết quả kiểm tra công tác cải cách hành chính năm " + plan.year() + " theo " + planRef;
        String intro = "Thực hiện " + planRef + ", Đoàn kiểm tra cải cách hành chính tổng hợp kết quả "
                + all.size() + " cuộc kiểm tra theo Kế hoạch: " + scored + " cuộc đã có điểm, "
                + (all.size() - scored) + " cuộc chưa có kết quả. Kết quả cụ thể như sau:";
        String lead = team.stream().filter(m -> m.role() == TeamRole.LEAD).map(m -> Text.nfc(m.fullName()))
                .findFirst().orElse("");
        List<String> recipients = List.of("- " + issuer + " (để báo cáo);", "- Các đơn vị được kiểm tra;",
                "- Thành viên Đoàn kiểm tra;", ReportWording.ARCHIVE);
        String closing = "Trên đây là báo cáo kết quả kiểm tra công tác cải cách hành chính năm " + plan.year()
                + " của Đoàn kiểm tra./.";
        return new PlanSummaryModel(issuer.toUpperCase(VI), ReportWording.TEAM_BODY,
                "Số:" + "\u00A0".repeat(12) + "/" + SYMBOL,
                plan.placeName() == null ? null : Text.nfc(plan.placeName()) + ", " + VisitReportBuilder.longDate(null),
                Text.nfc(plan.numberSymbol()), Text.nfc(summary), Text.nfc(intro), results, counts, areas,
                AVERAGE_METHOD, commonLimitations(all), Text.nfc(closing),
                new VisitReportModel.Signature(ReportWording.SIGN_LEAD, ReportWording.SIGN_HINT, lead),
                recipients.stream().map(Text::nfc).toList(), itemLines(all));
    }

    /** Every item of the visits' frameworks, in framework order (first seen), with each visit's points. */
    private static List<ItemLine> itemLines(List<Scored> all) {
        Map<String, CriteriaItem> items = new LinkedHashMap<>();
        for (Scored s : all) {
            if (s.session() != null) {
                for (CriteriaItem area : s.session().framework().content().areas()) {
                    leaves(area).forEach(leaf -> items.putIfAbsent(leaf.code(), leaf));
                }
            }
        }
        List<ItemLine> lines = new ArrayList<>();
        for (CriteriaItem leaf : items.values()) {
            Map<Long, BigDecimal> points = new LinkedHashMap<>();
            Map<Long, String> texts = new LinkedHashMap<>();
            BigDecimal max = null;
            for (Scored s : all) {
                ItemScore score = s.card() == null ? null : s.card().item(leaf.code());
                if (score == null) {
                    continue;
                }
                max = max == null ? score.maxPoints() : max;
                long visitId = s.overview().visit().id();
                if (score.status() == ItemStatus.SCORED) {
                    points.put(visitId, score.ruleType() == RuleType.DEDUCTION ? score.score().negate()
                            : score.score());
                } else {
                    texts.put(visitId, score.status() == ItemStatus.NOT_APPLICABLE ? "Không áp dụng"
                            : score.status() == ItemStatus.MISSING ? "Chưa chấm" : "Chưa xác định");
                }
            }
            lines.add(new ItemLine(leaf.code(), Text.nfc(leaf.title()), max, points, texts));
        }
        return lines;
    }

    private static List<CriteriaItem> leaves(CriteriaItem item) {
        if (item.isLeaf()) {
            return List.of(item);
        }
        List<CriteriaItem> out = new ArrayList<>();
        item.children().forEach(child -> out.addAll(leaves(child)));
        return out;
    }

    private List<VisitResult> rankedResults(List<Scored> all) {
        List<RankEntry> entries = new ArrayList<>();
        Map<ScoreCard, Scored> byCard = new IdentityHashMap<>();
        List<Scored> withoutCard = new ArrayList<>();
        for (Scored s : all) {
            if (s.card() == null) {
                withoutCard.add(s);
            } else {
                entries.add(new RankEntry(Text.nfc(s.overview().unitDisplayName()), s.card()));
                byCard.put(s.card(), s);
            }
        }
        List<VisitResult> results = new ArrayList<>();
        for (RankedCard ranked : Ranking.rank(entries)) {
            results.add(result(byCard.get(ranked.card()), ranked.rank()));
        }
        for (Scored s : withoutCard) {
            results.add(result(s, null));
        }
        return results;
    }

    private VisitResult result(Scored s, Integer rank) {
        VisitOverview o = s.overview();
        ScoreCard card = s.card();
        BigDecimal percent = card == null ? null : card.percent();
        boolean provisional = percent != null && !card.complete();
        Map<String, BigDecimal> areaPercents = new LinkedHashMap<>();
        String classification = NO_RESULT;
        if (percent != null) {
            for (CriteriaItem area : s.session().framework().content().areas()) {
                BigDecimal p = areaPercent(card, area.code());
                if (p != null) {
                    areaPercents.put(area.code(), p);
                }
            }
            classification = card.classification() == null ? "Chưa xác định"
                    : Text.nfc(card.classification().labelVi());
            if (provisional) {
                classification += " (tạm tính)";
            }
        }
        BigDecimal change = percent == null || s.before() == null ? null : card.shownPercent().subtract(s.before());
        BigDecimal shownChange = Display.round2(change);
        String changeText = change == null ? DASH
                : (shownChange.signum() > 0 ? "+" : shownChange.signum() < 0 ? "−" : "")
                + format.number(shownChange.abs());
        return new VisitResult(o.visit().id(), rank, rank == null ? DASH : rank.toString(),
                Text.nfc(o.unitDisplayName()), o.visit().date(),
                o.visit().date() == null ? "" : VisitReportBuilder.slashDate(o.visit().date()),
                statusText(o.visit().status()), percent == null ? null : card.total(),
                percent == null ? null : card.base().scoredMax(),
                percent == null ? DASH : points(card.total()) + " / " + points(card.base().scoredMax()), percent,
                percent == null ? NO_RESULT : format.percent(percent) + (provisional ? " (tạm tính)" : ""),
                classification, change, changeText, provisional, areaPercents);
    }

    private String points(BigDecimal value) {
        return format.points(value);
    }

    /** The area's percentage (achieved / scored maximum × 100), or null when none of its items is scored. */
    private static BigDecimal areaPercent(ScoreCard card, String code) {
        NodeScore node = card.node(code);
        if (node != null) {
            return node.subtotal().percent();
        }
        ItemScore item = card.item(code);
        if (item == null || item.status() != ItemStatus.SCORED || item.maxPoints().signum() == 0) {
            return null;
        }
        return item.score().multiply(BigDecimal.valueOf(100)).divide(item.maxPoints(), MathContext.DECIMAL128);
    }

    /**
     * The shown percentage of the same unit's previous visit, against which the change in percentage points is
     * given, or null when it has no score.
     */
    private BigDecimal previousPercent(VisitOpener opener, Visit previous, AnswerSheet sheet) {
        try {
            return answers.score(opener.open(previous), sheet).shownPercent();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null; // the previous visit has no framework: nothing to compare with
        }
    }

    private List<CommonLimitation> commonLimitations(List<Scored> all) {
        Map<String, String> firstText = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Scored s : all) {
            if (s.sheet() == null) {
                continue;
            }
            for (Finding f : s.sheet().findings()) {
                if (f.kind() != Finding.Kind.LIMITATION || Text.isBlank(f.text())) {
                    continue;
                }
                String key = limitationKey(f.text());
                firstText.putIfAbsent(key, VisitReportText.quotes(f.text().strip()));
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        // most frequent first; equal counts keep the order in which they were first recorded (stable sort)
        keys.sort(Comparator.comparing((String k) -> counts.get(k)).reversed());
        return keys.stream().limit(PlanSummaryModel.TOP_LIMITATIONS)
                .map(k -> new CommonLimitation(firstText.get(k), counts.get(k))).toList();
    }

    /** The grouping key of a limitation: NFC, trimmed, inner white space collapsed, lower case. */
    static String limitationKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(VI);
    }

    static String statusText(VisitStatus status) {
        switch (status) {
            case PLANNED:
                return "Chưa bắt đầu";
            case IN_PROGRESS:
                return "Đang kiểm tra";
            default:
                return "Đã hoàn tất";
        }
    }
}
