package org.parcheck.answering.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window with the report's pages as rendered from the PDF, and a Print button (system print dialog). */
final class ReportPreview {

    private ReportPreview() {
    }

    static void show(Window owner, List<Image> pages, ResourceBundle resources, Runnable saveAsPdf) {
        VBox pageBox = new VBox(16);
        pageBox.setAlignment(Pos.TOP_CENTER);
        pageBox.setPadding(new Insets(16));
        pageBox.getStyleClass().add("pc-preview-pages");
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(page.getWidth(), 760));
            view.getStyleClass().add("pc-preview-page");
            pageBox.getChildren().add(view);
        }
        Stage stage = new Stage();
        Button print = new Button(resources.getString("answering.visit.print"));
        print.setId("printButton");
        print.setOnAction(e -> print(stage, pages));
        Button save = new Button(resources.getString("answering.visit.report"));
        save.setOnAction(e -> saveAsPdf.run());
        Button close = new Button(resources.getString("answering.visit.closePreview"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label count = new Label(MessageFormat.format(resources.getString("answering.visit.pageCount"),
                pages.size()));
        HBox bar = new HBox(8, print, save, close, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(new ScrollPane(pageBox), bar, null, null, null);
        stage.setScene(new Scene(root, 860, 760));
        stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setTitle(resources.getString("answering.visit.previewTitle"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
    }

    private static void print(Stage owner, List<Image> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(owner)) {
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                break;
            }
        }
        job.endJob();
    }
}
