package org.parcheck.common.fx;

import java.util.ResourceBundle;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.parcheck.common.fx.ConflictRow.Keep;

/**
 * The conflict screen of team exchange (decision D15), one component for the package import screen and the sync
 * dialog (#17): a heading with "all mine" / "all theirs", and a table of the conflicts with both values, who changed
 * each and when, and a choice per row. Put it in FXML ({@code <ConflictTable fx:id="conflictsBox"/>}, optionally
 * {@code theirsHeader="%key"}) and {@link #bind(ObservableList, ResourceBundle) bind} it in {@code initialize()}.
 * The table is {@code #conflictTable}, the buttons {@code #allMineButton} and {@code #allTheirsButton}.
 */
public final class ConflictTable extends VBox {

    private final Label title = new Label();
    private final Button allMine = new Button();
    private final Button allTheirs = new Button();
    private final TableView<ConflictRow> table = new TableView<>();
    private final TableColumn<ConflictRow, String> visitColumn = new TableColumn<>();
    private final TableColumn<ConflictRow, String> itemColumn = new TableColumn<>();
    private final TableColumn<ConflictRow, String> mineColumn = new TableColumn<>();
    private final TableColumn<ConflictRow, String> mineWhoColumn = new TableColumn<>();
    private final TableColumn<ConflictRow, String> theirsColumn = new TableColumn<>();
    private final TableColumn<ConflictRow, String> theirsWhoColumn = new TableColumn<>();
    private final TableColumn<ConflictRow, ConflictRow> choiceColumn = new TableColumn<>();
    private String mineHeader;
    private String theirsHeader;

    public ConflictTable() {
        super(4);
        title.setMnemonicParsing(true);
        title.setLabelFor(table);
        title.getStyleClass().add("pc-section-title");
        allMine.setId("allMineButton");
        allMine.setMnemonicParsing(true);
        allTheirs.setId("allTheirsButton");
        allTheirs.setMnemonicParsing(true);
        HBox heading = new HBox(8, title, allMine, allTheirs);
        heading.setAlignment(Pos.CENTER_LEFT);
        table.setId("conflictTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(visitColumn, "conflictVisitColumn", 130, ConflictRow::visit);
        column(itemColumn, "conflictItemColumn", 200, ConflictRow::item);
        column(mineColumn, "mineColumn", 150, ConflictRow::mine);
        column(mineWhoColumn, "mineWhoColumn", 130, ConflictRow::mineWho);
        column(theirsColumn, "theirsColumn", 150, ConflictRow::theirs);
        column(theirsWhoColumn, "theirsWhoColumn", 130, ConflictRow::theirsWho);
        choiceColumn.setId("choiceColumn");
        choiceColumn.setPrefWidth(110);
        choiceColumn.setCellValueFactory(Cells.value(row -> row));
        table.getColumns().add(choiceColumn);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);
    }

    private void column(TableColumn<ConflictRow, String> column, String id, double width,
                        java.util.function.Function<ConflictRow, String> value) {
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(Cells.value(value));
        table.getColumns().add(column);
    }

    /** The heading of "my" value's column (default: this laptop's, as on the import screen). */
    public String getMineHeader() {
        return mineHeader;
    }

    public void setMineHeader(String text) {
        this.mineHeader = text;
        mineColumn.setText(text);
    }

    /** The heading of the other side's column (default: "in the package"; the sync dialog says "on the server"). */
    public String getTheirsHeader() {
        return theirsHeader;
    }

    public void setTheirsHeader(String text) {
        this.theirsHeader = text;
        theirsColumn.setText(text);
    }

    /** Shows {@code rows}; the buttons set every row's choice; texts from {@code bundle}. */
    public void bind(ObservableList<ConflictRow> rows, ResourceBundle bundle) {
        title.setText(bundle.getString("exchange.import.conflicts"));
        allMine.setText(bundle.getString("exchange.import.allMine"));
        allTheirs.setText(bundle.getString("exchange.import.allTheirs"));
        table.setPlaceholder(new Label(bundle.getString("exchange.import.noConflicts")));
        visitColumn.setText(bundle.getString("exchange.import.visit"));
        itemColumn.setText(bundle.getString("exchange.import.item"));
        mineColumn.setText(mineHeader != null ? mineHeader : bundle.getString("exchange.import.mine"));
        mineWhoColumn.setText(bundle.getString("exchange.import.whoHeader"));
        theirsColumn.setText(theirsHeader != null ? theirsHeader : bundle.getString("exchange.import.theirs"));
        theirsWhoColumn.setText(bundle.getString("exchange.import.whoHeader"));
        choiceColumn.setText(bundle.getString("exchange.import.choice"));
        String keepMine = bundle.getString("exchange.import.chooseMine");
        String keepTheirs = bundle.getString("exchange.import.chooseTheirs");
        choiceColumn.setCellFactory(column -> new ChoiceCell(keepMine, keepTheirs));
        allMine.setOnAction(event -> rows.forEach(row -> row.choiceProperty().set(Keep.MINE)));
        allTheirs.setOnAction(event -> rows.forEach(row -> row.choiceProperty().set(Keep.THEIRS)));
        table.setItems(rows);
    }

    /** A choice box bound to the row's choice. */
    private static final class ChoiceCell extends TableCell<ConflictRow, ConflictRow> {
        private final ChoiceBox<Keep> box = new ChoiceBox<>();
        private ConflictRow bound;

        ChoiceCell(String keepMine, String keepTheirs) {
            box.getItems().setAll(Keep.MINE, Keep.THEIRS);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Keep keep) {
                    return keep == null ? "" : keep == Keep.MINE ? keepMine : keepTheirs;
                }

                @Override
                public Keep fromString(String text) {
                    return null;
                }
            });
        }

        @Override
        protected void updateItem(ConflictRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.choiceProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
            } else {
                box.valueProperty().bindBidirectional(row.choiceProperty());
                bound = row;
                setGraphic(box);
            }
        }
    }
}
