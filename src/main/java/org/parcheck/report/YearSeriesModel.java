package org.parcheck.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Results across plans and years (#17 office mode): every scored visit of the chosen years ranked by its
 * percentage, and per unit its result in each year. Built by {@link YearSeriesBuilder} with the same scoring and
 * ranking as the plan summary ({@link PlanSummaryBuilder}); written by the UI and {@code YearSeriesWorkbook}.
 *
 * @param years   the years covered, ascending
 * @param ranking every visit of those years with a score, best first (ties share a rank); unscored visits are not
 *                ranked and not listed
 * @param units   one row per unit visited in those years, in Vietnamese order of the name
 * @param unscored how many visits of those years have no score yet
 */
public record YearSeriesModel(List<Integer> years, List<RankedVisit> ranking, List<UnitSeries> units,
                              int unscored) {

    public YearSeriesModel {
        years = List.copyOf(years);
        ranking = List.copyOf(ranking);
        units = List.copyOf(units);
    }

    /**
     * One visit's place in the ranking.
     *
     * @param rank           1-based, shared on ties (1, 2, 2, 4), by the percentage as shown (two decimals)
     * @param year           the plan's year
     * @param planNumber     the plan's number and symbol, "3199/KH-UBND"
     * @param visitId        the visit
     * @param unit           the unit's display name as stored for the visit
     * @param date           the visit date, or null
     * @param total          points achieved
     * @param max            the maximum of the scored items (what the percentage divides by)
     * @param percent        the percentage at full precision
     * @param percentText    "81,36%" ("(tạm tính)" appended while items are pending)
     * @param classification "Khá", or "Chưa xác định"
     * @param provisional    whether items are still pending
     */
    public record RankedVisit(int rank, int year, String planNumber, long visitId, String unit, LocalDate date,
                              BigDecimal total, BigDecimal max, BigDecimal percent, String percentText,
                              String classification, boolean provisional) {
    }

    /**
     * A unit's results year by year: the percentage of its last scored visit in each year (by date, then by
     * creation); years without a scored visit are absent.
     *
     * @param unitId   the unit
     * @param unit     its display name as stored for its latest visit
     * @param percents year → percentage at full precision
     * @param change   percentage points between its first and last year shown (as shown, two decimals), or null
     *                 with fewer than two years
     */
    public record UnitSeries(long unitId, String unit, Map<Integer, BigDecimal> percents, BigDecimal change) {

        public UnitSeries {
            percents = Map.copyOf(percents);
        }
    }
}
