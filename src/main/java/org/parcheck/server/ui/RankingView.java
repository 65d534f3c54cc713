package org.parcheck.server.ui;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.server.ui.RankingViewModel.RankRow;
import org.parcheck.server.ui.RankingViewModel.SeriesRow;

/** Controller of "Xếp hạng qua các năm" (#17 office mode). */
public final class RankingView {

    private final RankingViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<Integer> fromComboBox;
    @FXML private ComboBox<Integer> toComboBox;
    @FXML private Button showButton;
    @FXML private Button xlsxButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<RankRow> rankingTable;
    @FXML private TableColumn<RankRow, String> rankColumn;
    @FXML private TableColumn<RankRow, String> unitColumn;
    @FXML private TableColumn<RankRow, String> yearColumn;
    @FXML private TableColumn<RankRow, String> planColumn;
    @FXML private TableColumn<RankRow, String> totalColumn;
    @FXML private TableColumn<RankRow, String> percentColumn;
    @FXML private TableColumn<RankRow, String> classColumn;
    @FXML private TableView<SeriesRow> seriesTable;
    @FXML private Label messageLabel;
    @FXML private TaskProgressBox taskBox;

    public RankingView(RankingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fromComboBox.setItems(viewModel.years());
        toComboBox.setItems(viewModel.years());
        fromComboBox.valueProperty().bindBidirectional(viewModel.fromYearProperty());
        toComboBox.valueProperty().bindBidirectional(viewModel.toYearProperty());
        showButton.disableProperty().bind(viewModel.runningTask().runningProperty());
        xlsxButton.disableProperty().bind(viewModel.modelProperty().isNull()
                .or(viewModel.runningTask().runningProperty()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        taskBox.bind(viewModel.runningTask(), resources);
        rankingTable.setItems(viewModel.ranking());
        rankColumn.setCellValueFactory(Cells.value(RankRow::rank));
        unitColumn.setCellValueFactory(Cells.value(RankRow::unit));
        yearColumn.setCellValueFactory(Cells.value(RankRow::year));
        planColumn.setCellValueFactory(Cells.value(RankRow::plan));
        totalColumn.setCellValueFactory(Cells.value(RankRow::total));
        percentColumn.setCellValueFactory(Cells.value(RankRow::percent));
        classColumn.setCellValueFactory(Cells.value(RankRow::classification));
        seriesTable.setItems(viewModel.series());
        viewModel.seriesYears().addListener((ListChangeListener<Integer>) change -> seriesColumns());
        seriesColumns();
        viewModel.load();
    }

    /** One column for the unit, one per year, one for the change. */
    private void seriesColumns() {
        TableColumn<SeriesRow, String> unit = new TableColumn<>(resources.getString("server.ranking.unit"));
        unit.setCellValueFactory(Cells.value(SeriesRow::unit));
        unit.setPrefWidth(260);
        seriesTable.getColumns().setAll(unit);
        for (int i = 0; i < viewModel.seriesYears().size(); i++) {
            int index = i;
            TableColumn<SeriesRow, String> year = new TableColumn<>(String.valueOf(viewModel.seriesYears().get(i)));
            year.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().percents().get(index)));
            year.setPrefWidth(100);
            seriesTable.getColumns().add(year);
        }
        TableColumn<SeriesRow, String> change = new TableColumn<>(resources.getString("server.ranking.change"));
        change.setCellValueFactory(Cells.value(SeriesRow::change));
        change.setPrefWidth(140);
        seriesTable.getColumns().add(change);
    }

    @FXML
    private void onShow() {
        viewModel.show();
    }

    @FXML
    private void onXlsx() {
        viewModel.exportXlsx();
    }
}
