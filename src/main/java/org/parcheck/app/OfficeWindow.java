package org.parcheck.app;

import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.common.i18n.Messages;
import org.parcheck.report.ui.ReportsView;
import org.parcheck.report.ui.ReportsViewModel;
import org.parcheck.server.ServerConnection;
import org.parcheck.server.ui.OfficeView;
import org.parcheck.server.ui.OfficeViewModel;
import org.parcheck.server.ui.RankingView;
import org.parcheck.server.ui.RankingViewModel;

/**
 * The office-mode window (#17): a window of its own on the province server's database, opened directly (no local
 * copy), beside the laptop's window, whose data it never touches. It shows the banner ({@link OfficeView}), the plan
 * reports page (the laptop's {@link ReportsView}: summary PDF/DOCX, results workbook, biên bản of finalised visits)
 * and the ranking across plans and years ({@link RankingView}). Nothing here writes to the server: a visit asked to
 * open for answering is refused with a message; there are no backups, settings or packages here.
 */
public final class OfficeWindow {

    private static final Logger LOG = Logger.getLogger(OfficeWindow.class.getName());
    private static final String THEME = "/org/parcheck/app/theme.css";

    private final Stage stage;
    private final AppServices services;
    private final ServerConnection connection;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    /**
     * @param dialogsFor the dialog service placed over a window (the office window's own, so that its file choosers
     *                   and messages open over it)
     */
    public OfficeWindow(Stage stage, ServerConnection connection, AppServices services, Messages messages,
                        BackgroundExecutor executor, Function<Window, DialogService> dialogsFor) {
        this.stage = stage;
        this.connection = connection;
        this.services = services;
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogsFor.apply(stage);
    }

    /** Builds the window's pages and shows it; closing it closes the connection. */
    public Stage show() {
        OfficeViewModel model = new OfficeViewModel(connection.address(), connection.account(), messages);
        ViewLoader loader = new ViewLoader(messages, this::controller);
        ViewLoader.Loaded<OfficeView> office = loader.load(OfficeView.class);
        office.controller().showPages(loader.load(ReportsView.class).root(), loader.load(RankingView.class).root());
        WindowSizing.Size size = WindowSizing.fitted(1200, 800);
        Scene scene = new Scene(office.root(), size.width(), size.height());
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(THEME)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(model.title());
        stage.setOnHidden(event -> close());
        stage.show();
        return stage;
    }

    private Object controller(Class<?> type) {
        if (type == OfficeView.class) {
            return new OfficeView(new OfficeViewModel(connection.address(), connection.account(), messages));
        }
        if (type == ReportsView.class) {
            String noAnswering = new OfficeViewModel(connection.address(), connection.account(), messages)
                    .noAnsweringText();
            return new ReportsView(new ReportsViewModel(services.planService(), services.planSummaries(),
                    services.visitReports(), visitId -> dialogs.inform(messages.get("server.office.title"),
                    noAnswering), executor, messages), dialogs);
        }
        if (type == RankingView.class) {
            return new RankingView(new RankingViewModel(services.yearSeries(), executor, messages, dialogs));
        }
        throw new IllegalArgumentException("No controller known for " + type.getName());
    }

    private void close() {
        try {
            services.close(); // the connection's database: closing a few pooled connections
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the office-mode connection failed", e);
        }
    }
}
