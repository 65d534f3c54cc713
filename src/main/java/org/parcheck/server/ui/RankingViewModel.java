package org.parcheck.server.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.RunningTask;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.DiskSpace;
import org.parcheck.common.util.PartFiles;
import org.parcheck.report.YearSeriesBuilder;
import org.parcheck.report.YearSeriesModel;
import org.parcheck.report.xlsx.YearSeriesWorkbook;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * "Xếp hạng qua các năm" (#17 office mode): the years to cover (from, to), every scored visit of those years ranked,
 * each unit's percentage year by year, and the workbook of both. Reads in the background (cancellable).
 */
public final class RankingViewModel {

    private static final Logger LOG = Logger.getLogger(RankingViewModel.class.getName());

    /** One ranked visit as shown. */
    public record RankRow(String rank, String unit, String year, String plan, String total, String percent,
                          String classification) {
    }

    /** One unit's row: its percentage in each of {@link #seriesYears()} ("—" without a visit), and the change. */
    public record SeriesRow(String unit, List<String> percents, String change) {
    }

    private final YearSeriesBuilder builder;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final DialogService dialogs;
    private final ExplanationFormatter format;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final ObservableList<RankRow> ranking = FXCollections.observableArrayList();
    private final ObservableList<SeriesRow> series = FXCollections.observableArrayList();
    private final ObservableList<Integer> seriesYears = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<YearSeriesModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RunningTask running = new RunningTask();

    public RankingViewModel(YearSeriesBuilder builder, BackgroundExecutor executor, Messages messages,
                            DialogService dialogs) {
        this.builder = builder;
        this.executor = executor;
        this.messages = messages;
        this.dialogs = dialogs;
        this.format = new ExplanationFormatter(messages.locale());
    }

    /** Reads the years that have plans, chooses them all, and shows their ranking. */
    public void load() {
        executor.run(builder::years).onSuccess(list -> {
            years.setAll(list);
            if (!list.isEmpty()) {
                fromYear.set(list.get(0));
                toYear.set(list.get(list.size() - 1));
                show();
            } else {
                summary.set(messages.get("server.ranking.noPlans"));
            }
        }).onError(this::failed).start();
    }

    /** The years from {@link #fromYearProperty()} to {@link #toYearProperty()} (either way round). */
    Set<Integer> chosenYears() {
        Integer a = fromYear.get();
        Integer b = toYear.get();
        Set<Integer> chosen = new TreeSet<>();
        if (a == null || b == null) {
            return chosen;
        }
        for (Integer year : years) {
            if (year >= Math.min(a, b) && year <= Math.max(a, b)) {
                chosen.add(year);
            }
        }
        return chosen;
    }

    /** Works out the ranking of the chosen years. */
    public void show() {
        Set<Integer> chosen = chosenYears();
        if (chosen.isEmpty()) {
            return;
        }
        message.set("");
        running.track(messages.get("server.ranking.reading"), executor.run(() -> builder.build(chosen)))
                .onSuccess(this::showModel).onError(this::failed).start();
    }

    private void showModel(YearSeriesModel result) {
        model.set(result);
        List<RankRow> rows = new ArrayList<>(result.ranking().size());
        for (YearSeriesModel.RankedVisit v : result.ranking()) {
            rows.add(new RankRow(String.valueOf(v.rank()), v.unit(), String.valueOf(v.year()), v.planNumber(),
                    format.points(v.total()) + " / " + format.points(v.max()),
                    format.percent(v.percent()) + (v.provisional() ? " *" : ""), v.classification()));
        }
        ranking.setAll(rows);
        List<SeriesRow> unitRows = new ArrayList<>(result.units().size());
        for (YearSeriesModel.UnitSeries unit : result.units()) {
            List<String> percents = new ArrayList<>();
            for (Integer year : result.years()) {
                BigDecimal p = unit.percents().get(year);
                percents.add(p == null ? "—" : format.percent(p));
            }
            unitRows.add(new SeriesRow(unit.unit(), percents, unit.change() == null ? "—"
                    : (unit.change().signum() > 0 ? "+" : unit.change().signum() < 0 ? "−" : "")
                    + format.number(unit.change().abs())));
        }
        seriesYears.setAll(result.years());
        series.setAll(unitRows);
        summary.set(messages.get("server.ranking.summary", result.ranking().size(), result.unscored(),
                result.units().size()));
    }

    /** "XH_2021-2022.xlsx". */
    public String fileName() {
        YearSeriesModel shown = model.get();
        if (shown == null || shown.years().isEmpty()) {
            return "XH.xlsx";
        }
        int first = shown.years().get(0);
        int last = shown.years().get(shown.years().size() - 1);
        return "XH_" + first + (first == last ? "" : "-" + last) + ".xlsx";
    }

    /** Writes the shown ranking and series as a workbook, to a file the user chooses. */
    public void exportXlsx() {
        YearSeriesModel shown = model.get();
        if (shown == null) {
            return;
        }
        dialogs.saveFile(messages.get("server.ranking.exportTitle"), fileName(),
                List.of(DialogService.FileType.of(messages.get("server.ranking.xlsxType"), "xlsx")))
                .ifPresent(file -> write(shown, file));
    }

    private void write(YearSeriesModel shown, Path file) {
        running.track(messages.get("server.ranking.writing"), executor.runTracked(progress -> {
            PartFiles.write(file, progress, out -> YearSeriesWorkbook.write(shown, out));
            return file;
        })).onSuccess(done -> message.set(messages.get("server.ranking.written", done)))
                .onError(e -> {
                    LOG.log(Level.WARNING, "Writing " + file + " failed", e);
                    message.set(DiskSpace.isFull(e)
                            ? messages.get("server.ranking.diskFull", file, DiskSpace.format(DiskSpace.usable(file)))
                            : messages.get("server.ranking.writeFailed", file));
                }).start();
    }

    private void failed(Throwable error) {
        LOG.log(Level.WARNING, "Office mode: reading the ranking failed", error);
        message.set(messages.get("server.ranking.readFailed"));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    public ObservableList<RankRow> ranking() {
        return ranking;
    }

    public ObservableList<SeriesRow> series() {
        return series;
    }

    /** The year columns of the series table, in order. */
    public ObservableList<Integer> seriesYears() {
        return seriesYears;
    }

    public ReadOnlyObjectProperty<YearSeriesModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public RunningTask runningTask() {
        return running;
    }
}
