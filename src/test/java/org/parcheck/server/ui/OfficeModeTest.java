package org.parcheck.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcheck.app.AppServices;
import org.parcheck.app.OfficeLauncher;
import org.parcheck.common.fx.FxBackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.Database;
import org.parcheck.plan.PlanOverview;
import org.parcheck.report.ReportFileNames;
import org.parcheck.report.xlsx.YearSeriesWorkbook;
import org.parcheck.server.OfficeData;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.FakeSecretTool;
import org.parcheck.server.ServerConnector;
import org.parcheck.server.ServerCredentials;
import org.parcheck.server.ServerErrors;
import org.parcheck.server.ServerException;
import org.parcheck.server.TestLogins;
import org.parcheck.server.TestServers;
import org.parcheck.testing.OnScreen;
import org.parcheck.testing.TempFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Office mode through its real windows (#17): a real PostgreSQL (TestServers) holding the demo plus a second year
 * ({@link OfficeData}), password logins for an office, a leader and an inspector account, and a laptop's H2 file
 * with the same data to compare with. The password dialog, the office window with its banner, the plan results
 * workbook (the same cells as the laptop's), the ranking across years and its workbook, a visit refused for
 * answering; an inspector refused and a wrong password said, with no window opened.
 */
@ExtendWith(ApplicationExtension.class)
class OfficeModeTest {

    private static final String PASSWORD = "mat-khau-van-phong";
    private static DataSource server;
    private static Path laptopDir;

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private final ShowingDialogs dialogs = new ShowingDialogs();
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    private Stage main;
    private Path files;

    /** The server and the laptop, seeded once for the class (before the toolkit's start): office mode only reads. */
    @BeforeAll
    static void seed() throws Exception {
        DataSource source = TestServers.freshDatabase("office_mode");
        try (AppServices seeding = AppServices.onServer(TempFolders.create("parcheck-office-seed"),
                Database.onServer(source))) {
            seeding.demoSeeder().seedIfFirstRun();
            OfficeData.addSecondYear(seeding);
        }
        for (String[] login : new String[][] {{"pc_lan", "OFFICE", "Nguyễn Thị Lan"},
            {"pc_hung", "LEADER", "Trần Văn Hùng"}, {"pc_an", "INSPECTOR", "Nguyễn Văn An"}}) {
            TestLogins.createLogin(source, login[0], PASSWORD);
            TestLogins.addAccount(source, login[0], login[1], login[2], "Chuyên viên", "Sở Nội vụ tỉnh Cao Bằng");
        }
        laptopDir = TempFolders.create("parcheck-office-laptop");
        try (AppServices laptop = AppServices.open(laptopDir)) {
            OfficeData.addSecondYear(laptop);
        }
        server = source;
    }

    @Start
    void start(Stage stage) throws Exception {
        files = TempFolders.create("parcheck-office-files");
        main = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
        executor.shutdown();
    }

    private void openAs(FxRobot robot, String role, String password) {
        ServerAddress address = TestLogins.address(server, role);
        OfficeLauncher launcher = new OfficeLauncher(messages, over -> dialogs, executor, main,
                files.resolve("office"), () -> Optional.of(address), ServerConnector::connect);
        robot.interact(launcher::open);
        waitFor(() -> robot.lookup("#officePasswordField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#officePasswordField").queryAs(PasswordField.class).setText(password));
        robot.clickOn("#officeOpenButton");
    }

    private static Optional<Stage> officeWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("ParCheck – Chế độ văn phòng")).map(w -> (Stage) w).findFirst();
    }

    private static <T extends Node> T in(FxRobot robot, Stage window, String query, Class<T> type) {
        return robot.from(window.getScene().getRoot()).lookup(query).queryAs(type);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOfficeOpensOnTheServerWithItsBannerTheLaptopsFiguresAndTheRanking(FxRobot robot) throws Exception {
        openAs(robot, "pc_lan", PASSWORD);
        waitFor(() -> officeWindow().isPresent());
        Stage office = officeWindow().orElseThrow();
        assertThat(office.getOwner()).isSameAs(main);
        assertThat(in(robot, office, "#bannerLabel", Label.class).getText()).isEqualTo("Chế độ văn phòng — máy chủ "
                + "localhost/" + TestServers.nameOf(server) + ", tài khoản Nguyễn Thị Lan (Văn phòng cải cách hành "
                + "chính)");

        // the plan reports page: the 2022 results workbook, cell for cell the laptop's
        ComboBox<PlanOverview> plans = in(robot, office, "#planComboBox", ComboBox.class);
        waitFor(() -> plans.getItems().size() == 2);
        robot.interact(() -> plans.setValue(plans.getItems().stream()
                .filter(p -> p.plan().numberSymbol().equals(OfficeData.PLAN_2022)).findFirst().orElseThrow()));
        Path onServer = files.resolve(ReportFileNames.resultsWorkbook(OfficeData.PLAN_2022, 2022));
        dialogs.recorded.choose(onServer);
        robot.clickOn(robot.from(office.getScene().getRoot()).lookup("#resultsXlsxButton").queryButton());
        waitFor(() -> Files.exists(onServer));
        ByteArrayOutputStream onLaptop = new ByteArrayOutputStream();
        try (AppServices laptop = AppServices.open(laptopDir)) {
            laptop.planSummaries().writeXlsx(OfficeData.plan(laptop, OfficeData.PLAN_2022).id(), onLaptop);
        }
        try (InputStream in = Files.newInputStream(onServer)) {
            List<String> serverCells = cells(new XSSFWorkbook(in));
            assertThat(serverCells).hasSizeGreaterThan(50).contains("Kết quả!B4=huyện Hạ Lang");
            assertThat(serverCells).isEqualTo(cells(new XSSFWorkbook(new ByteArrayInputStream(
                    onLaptop.toByteArray()))));
        }

        // the ranking across years: every scored visit of 2021 and 2022, ties sharing a rank
        robot.interact(() -> in(robot, office, "#officeTabs", TabPane.class).getSelectionModel().select(1));
        TableView<RankingViewModel.RankRow> ranking = in(robot, office, "#rankingTable", TableView.class);
        waitFor(() -> ranking.getItems().size() == 5);
        assertThat(ranking.getItems()).extracting(r -> r.rank() + " " + r.unit() + " " + r.year()).containsExactly(
                "1 huyện Hạ Lang 2022", "1 huyện Trùng Khánh 2021", "3 huyện Hạ Lang 2021",
                "3 huyện Trùng Khánh 2022", "5 huyện Quảng Hòa 2022");
        TableView<RankingViewModel.SeriesRow> series = in(robot, office, "#seriesTable", TableView.class);
        assertThat(series.getColumns()).extracting(TableColumn::getText)
                .containsExactly("Đơn vị", "2021", "2022", "Thay đổi (điểm %)");
        assertThat(series.getItems()).extracting(RankingViewModel.SeriesRow::unit)
                .containsExactly("huyện Hạ Lang", "huyện Quảng Hòa", "huyện Trùng Khánh");
        Path xlsx = files.resolve("XH_2021-2022.xlsx");
        dialogs.recorded.choose(xlsx);
        robot.clickOn(robot.from(office.getScene().getRoot()).lookup("#xlsxButton").queryButton());
        waitFor(() -> Files.exists(xlsx));
        assertThat(dialogs.recorded.shown("save")).extracting(RecordingShown::text).contains("XH_2021-2022.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(YearSeriesWorkbook.RANKING_SHEET);
            assertThat(sheet.getLastRowNum()).isEqualTo(YearSeriesWorkbook.HEADER_ROW + 5);
            Row first = sheet.getRow(YearSeriesWorkbook.HEADER_ROW + 1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("huyện Hạ Lang");
            assertThat(BigDecimal.valueOf(first.getCell(7).getNumericCellValue())).isPositive();
        }

        // a visit asked to open for answering is refused in words
        robot.interact(() -> in(robot, office, "#officeTabs", TabPane.class).getSelectionModel().select(0));
        TableView<Object> visits = in(robot, office, "#visitTable", TableView.class);
        waitFor(() -> !visits.getItems().isEmpty());
        robot.interact(() -> visits.getSelectionModel().select(0));
        robot.doubleClickOn(robot.from(visits).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> !dialogs.recorded.shown("inform").isEmpty());
        assertThat(dialogs.recorded.shown("inform").get(0).text()).startsWith("Trong chế độ văn phòng không mở");
    }

    /** The recorded dialog's text (a method reference that reads well in the assertion). */
    private interface RecordingShown {
        static String text(org.parcheck.common.fx.RecordingDialogs.Shown shown) {
            return shown.text();
        }
    }

    @Test
    void aLeaderOpensItToo(FxRobot robot) {
        openAs(robot, "pc_hung", PASSWORD);
        waitFor(() -> officeWindow().isPresent());
        assertThat(in(robot, officeWindow().orElseThrow(), "#bannerLabel", Label.class).getText())
                .endsWith("tài khoản Trần Văn Hùng (Lãnh đạo, chỉ xem)");
    }

    @Test
    void anInspectorIsRefusedAndNoWindowOpens(FxRobot robot) {
        openAs(robot, "pc_an", PASSWORD);
        Label problem = robot.lookup("#officeProblemLabel").queryAs(Label.class);
        waitFor(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).startsWith("Tài khoản của Nguyễn Văn An là tài khoản người kiểm tra");
        assertThat(officeWindow()).isEmpty();
        assertThat(robot.lookup("#officePasswordField").queryAs(PasswordField.class).getText()).isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidAndTheDialogStaysOpen(FxRobot robot) {
        openAs(robot, "pc_lan", "sai-mat-khau");
        Label problem = robot.lookup("#officeProblemLabel").queryAs(Label.class);
        waitFor(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).isEqualTo(messages.get(ServerErrors.messageKey(
                new ServerException(ServerException.Kind.WRONG_PASSWORD, "test", null))));
        assertThat(officeWindow()).isEmpty();
        assertThat(robot.lookup("#officeOpenButton").queryButton().isDisabled()).isFalse();
    }

    /**
     * The password kept in the operating system's store (a fake secret-tool, as Settings → Máy chủ của Sở keeps it)
     * is offered: the dialog says so, and Open with the field empty opens office mode. A kept password the server
     * refuses is said, and the field asks for it.
     */
    @Test
    void thePasswordKeptInTheSystemStoreIsUsedWhenTheFieldIsLeftEmpty(FxRobot robot) throws Exception {
        ServerAddress address = TestLogins.address(server, "pc_lan");
        ServerCredentials store = FakeSecretTool.install(files.resolve("keyring"), false).credentials();
        assertThat(store.keep(address, "sai-mat-khau".toCharArray())).isTrue();
        openKept(robot, address, store);
        Label kept = robot.lookup("#officeKeptLabel").queryAs(Label.class);
        assertThat(kept.isVisible()).isTrue();
        assertThat(kept.getText()).startsWith("Mật khẩu đã được giữ trong kho mật khẩu của hệ điều hành");
        Label problem = robot.lookup("#officeProblemLabel").queryAs(Label.class);
        waitFor(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).as("said to be the kept password, not one typed").startsWith(
                "Máy chủ từ chối mật khẩu đã giữ trong kho mật khẩu của hệ điều hành").endsWith("không thay đổi.");
        assertThat(kept.isVisible()).as("the refused kept password is no longer offered").isFalse();
        assertShownInFull(robot, "office-open-kept-refused");
        assertThat(officeWindow()).isEmpty();
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != main)
                .forEach(Window::hide));

        assertThat(store.keep(address, PASSWORD.toCharArray())).isTrue();
        openKept(robot, address, store);
        waitFor(() -> officeWindow().isPresent());
        assertThat(in(robot, officeWindow().orElseThrow(), "#bannerLabel", Label.class).getText())
                .endsWith("tài khoản Nguyễn Thị Lan (Văn phòng cải cách hành chính)");
    }

    /** The English dialog with a kept password: its note and every text in full (see {@link #assertShownInFull}). */
    @Test
    void theKeptPasswordNoteIsShownInFullInEnglish(FxRobot robot) throws Exception {
        ServerAddress address = TestLogins.address(server, "pc_lan");
        ServerCredentials store = FakeSecretTool.install(files.resolve("keyring"), false).credentials();
        assertThat(store.keep(address, PASSWORD.toCharArray())).isTrue();
        OfficeLauncher launcher = new OfficeLauncher(new Messages(Messages.ENGLISH), over -> dialogs, executor, main,
                files.resolve("office"), () -> Optional.of(address), ServerConnector::connect,
                () -> store.read(address));
        robot.interact(launcher::open);
        waitFor(() -> robot.lookup("#officeKeptLabel").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#officeKeptLabel").queryAs(Label.class).getText())
                .startsWith("The password is kept in the operating system's password store");
        assertShownInFull(robot, "office-open-kept-en");
    }

    private void openKept(FxRobot robot, ServerAddress address, ServerCredentials store) {
        OfficeLauncher launcher = new OfficeLauncher(messages, over -> dialogs, executor, main,
                files.resolve("office"), () -> Optional.of(address), ServerConnector::connect,
                () -> store.read(address));
        robot.interact(launcher::open);
        waitFor(() -> robot.lookup("#officeKeptLabel").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#officePasswordField").queryAs(PasswordField.class).getText()).isEmpty();
        assertShownInFull(robot, "office-open-kept");
        robot.clickOn("#officeOpenButton");
    }

    /**
     * The open dialog as the app shows it (the main window's theme, the size OfficeLauncher gives it): the note about
     * the kept password and every other text in full, the buttons inside the window; a screenshot to
     * target/screenshots/{@code name}.png (docs/server/office.md, "Checked on screen").
     */
    private static void assertShownInFull(FxRobot robot, String name) {
        Node field = robot.lookup("#officePasswordField").query();
        List<String> wrong = new ArrayList<>();
        robot.interact(() -> {
            Scene scene = field.getScene();
            scene.getStylesheets().setAll(OfficeModeTest.class.getResource("/org/parcheck/app/theme.css")
                    .toExternalForm());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            for (Node node : scene.getRoot().lookupAll(".label")) {
                if (node instanceof Label label && OnScreen.shown(label) && !label.getText().isEmpty()) {
                    Optional.ofNullable(OnScreen.notShownInFull(label)).ifPresent(wrong::add);
                }
            }
            for (String button : List.of("#officeOpenButton", "#officeCancelButton")) {
                if (!OnScreen.insideScene(scene.lookup(button))) {
                    wrong.add(button + " outside the window");
                }
            }
            OnScreen.shoot(scene, name);
        });
        assertThat(wrong).isEmpty();
    }

    /** Every non-empty cell as "sheet!A1=text", numbers as shown. */
    private static List<String> cells(Workbook book) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<String> out = new ArrayList<>();
        try (book) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        if (!text.isEmpty()) {
                            out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
