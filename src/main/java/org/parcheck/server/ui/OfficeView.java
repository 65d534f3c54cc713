package org.parcheck.server.ui;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Controller of the office-mode window (#17): the banner naming the server and the account, and two pages put in
 * by the window that builds it (the plan reports page and {@link RankingView}).
 */
public final class OfficeView {

    private final OfficeViewModel viewModel;

    @FXML private Label bannerLabel;
    @FXML private Label limitsLabel;
    @FXML private StackPane plansPane;
    @FXML private StackPane rankingPane;

    public OfficeView(OfficeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bannerLabel.setText(viewModel.bannerText());
        limitsLabel.setText(viewModel.limitsText());
    }

    /** Puts the plan reports page and the ranking page in their tabs. */
    public void showPages(Node plans, Node ranking) {
        plansPane.getChildren().setAll(plans);
        rankingPane.getChildren().setAll(ranking);
    }
}
