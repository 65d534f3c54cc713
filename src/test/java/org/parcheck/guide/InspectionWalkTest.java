package org.parcheck.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.ParCheckApp;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.TeamRole;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * #16 "Done means": one real 2026 inspection walked through the real application at 1366 × 768, from the first start
 * on a new, empty data folder (a real H2 file in a temporary folder), as real work, not the demo: the first-start
 * question, who uses the laptop, the first steps, the province with a xã and a phường, a framework from the 2026
 * commune/ward template published, a plan with its number, date, a team of two and a visit, the checklist answered
 * from the keyboard (figures, Có/Không, options, numbers, manual scores with their reason), the report part (team
 * present, attendees with the signer, a finding, a recommendation, the unit's opinion, times), finalising, and the
 * short biên bản saved as PDF through the visit's menu, read back with PDFBox.
 *
 * <p>Each step is shot by {@link GuideShots}: the user guide's walk-through pictures (docs/guide/vi/images/buoc-*.png)
 * come from here. Refresh them with {@code ./mvnw -B -o -q verify -Dtest=InspectionWalkTest
 * -Dparcheck.guide.screenshots=true -Dsurefire.failIfNoSpecifiedTests=false -Dcheckstyle.skip}. Like
 * GuideScreenshotsTest it needs its own JVM (Monocle's screen set to 1366 × 768 before the toolkit starts): pom.xml's
 * profile guide-screenshots runs both, the default test run leaves them out. It starts {@link ParCheckApp} itself
 * (not a prepared MainWindow), so the first-start question and the inspector question are the real ones.</p>
 *
 * <p>Headless Monocle has no file dialog: the save dialog is answered through
 * {@link FileChoosers#answerSaveDialogsWith} with the proposed file name in the temporary folder.</p>
 */
class InspectionWalkTest {

    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", GuideShots.WIDTH + "x" + GuideShots.HEIGHT + "-32");
        }
    }

    private static final String PROVINCE = "Cao Bằng";
    private static final String COMMUNE = "Hà Quảng";
    private static final String WARD = "Thục Phán";
    private static final String PLAN_NUMBER = "215/KH-UBND";
    private static final String PLAN_DATE = "15/01/2026";
    private static final String SIGNER = "Nông Văn Thành";
    /**
     * The unit's figures in the template's order, as a commune reports them (Vietnamese thousands separators): the
     * procedures in its remit and published, dossiers received and online, resolved, on time, digitised, documents
     * sent and signed digitally. Each part stays within its whole.
     */
    private static final List<String> FIGURES = List.of("312", "312", "1.268", "845", "1.200", "1.176", "1.050",
            "2.450", "2.390");
    /** The documents the team reviewed, by area (the first digit of the item's code). */
    private static final Map<String, String> EVIDENCE = Map.of("1", "45/KH-UBND", "2", "12/BC-UBND", "3",
            "08/BC-UBND", "4", "20/QĐ-UBND", "5", "05/QĐ-UBND", "6", "03/BC-UBND", "7", "09/BC-UBND");

    @TempDir
    Path temp;

    private final Messages messages = new Messages(Messages.VIETNAMESE);
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        FileChoosers.answerSaveDialogsWith(null);
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (stage != null) {
            robot.interact(stage::hide);
        }
    }

    @Test
    void aReal2026InspectionFromTheFirstStartToTheSavedShortBienBan() throws Exception {
        long started = System.nanoTime();
        GuideShots shots = new GuideShots();
        Path dataDir = temp.resolve("data");
        Path saved = Files.createDirectories(temp.resolve("saved"));

        // 1. first start: the question, answered "start real work"
        stage = FxToolkit.registerPrimaryStage();
        CompletableFuture<Application> launched = CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(ParCheckApp.class, "--data-dir", dataDir.toString());
            } catch (TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });
        await(30, () -> robot.lookup("#firstStartDialog").tryQuery().isPresent());
        DialogPane question = robot.lookup("#firstStartDialog").queryAs(DialogPane.class);
        shots.shoot(robot, question.getScene().getWindow(), "buoc-01-lan-mo-dau-tien");
        robot.clickOn(buttonIn(question, messages.get("app.firstStart.realWork")));
        app = launched.get(60, TimeUnit.SECONDS);

        // 1b. #19: real work is offered protection with a password before its database exists; the walk leaves it
        // for later (protection has its own window tests, ProtectionWindowTest)
        await(60, () -> robot.lookup("#protectButton").tryQuery().isPresent());
        robot.clickOn("#skipButton");

        // 2. who is using this laptop
        await(60, () -> robot.lookup("#peopleList").tryQuery().isPresent());
        robot.clickOn("#nameField").write("Lê Thị Hạnh");
        robot.clickOn("#jobTitleField").write("Chuyên viên");
        robot.clickOn("#agencyField").write("Sở Nội vụ tỉnh Cao Bằng");
        shots.shoot(robot, robot.lookup("#peopleList").query().getScene().getWindow(), "buoc-02-nguoi-kiem-tra");
        robot.type(KeyCode.ENTER);
        await(10, () -> robot.lookup("#peopleList").tryQuery().isEmpty());

        // 3. the first steps: nothing done yet, no demo plan
        await(20, () -> robot.lookup("#unitsStepButton").tryQuery().isPresent());
        Labeled summary = robot.lookup("#summaryLabel").queryLabeled();
        await(10, () -> !summary.getText().isEmpty());
        assertThat(summary.getText()).isEqualTo("Đã xong 0/3 bước");
        shots.shoot(robot, stage, "buoc-03-cac-buoc-dau-tien");

        // 4. the province's units: the province, then a xã and a phường under it
        robot.clickOn("#unitsStepButton");
        await(10, () -> robot.lookup("#unitTree").tryQuery().isPresent());
        robot.clickOn("#addUnitButton");
        assertThat(robot.lookup("#typeComboBox").queryComboBox().getValue()).isEqualTo(UnitType.PROVINCE);
        typeIn("#codeField", "04");
        typeIn("#nameField", PROVINCE);
        robot.type(KeyCode.ENTER);
        TreeTableView<?> tree = robot.lookup("#unitTree").query();
        await(10, () -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 1);
        addUnitUnder(tree, UnitType.COMMUNE, "04030", COMMUNE);
        addUnitUnder(tree, UnitType.WARD, "01273", WARD);
        await(10, () -> tree.getRoot().getChildren().get(0).getChildren().size() == 2);
        shots.shoot(robot, stage, "buoc-04-don-vi-hanh-chinh");

        // 5. a framework from the 2026 commune/ward template, published
        robot.clickOn("#navFRAMEWORKS");
        await(10, () -> robot.lookup("#fromTemplateButton").tryQuery().isPresent());
        MenuButton templates = robot.lookup("#fromTemplateButton").queryAs(MenuButton.class);
        robot.clickOn(templates);
        MenuItem communeWard = templates.getItems().stream()
                .filter(item -> "template-mau-xa-phuong-2026".equals(item.getId())).findFirst().orElseThrow();
        robot.interact(communeWard::fire);
        await(30, () -> robot.lookup("#itemTree").tryQueryAs(TreeView.class)
                .map(t -> t.getRoot() != null && !t.getRoot().getChildren().isEmpty()).orElse(false));
        shots.shoot(robot, stage, "buoc-05-bo-tieu-chi-tu-mau");
        robot.clickOn("#publishButton");
        Labeled frameworkState = robot.lookup("#saveStateLabel").queryLabeled();
        await(30, () -> messages.get("criteria.editor.published").equals(frameworkState.getText()));
        robot.clickOn("#backButton");
        TableView<?> frameworks = robot.lookup("#frameworkTable").queryTableView();
        await(10, () -> frameworks.getItems().size() == 1);
        robot.interact(() -> frameworks.getSelectionModel().select(0));
        shots.shoot(robot, stage, "buoc-06-bo-tieu-chi-da-ban-hanh");

        // 6. the plan: number, date, the team of two, the visit to the xã
        robot.clickOn("#navPLANS");
        await(10, () -> robot.lookup("#newPlanButton").tryQuery().isPresent());
        robot.clickOn("#newPlanButton");
        await(10, () -> robot.lookup("#visitUnitComboBox").tryQuery()
                .map(n -> !((ComboBox<?>) n).getItems().isEmpty()).orElse(false));
        typeIn("#numberSymbolField", PLAN_NUMBER);
        typeIn("#issuedDateField", PLAN_DATE);
        typeIn("#issuingBodyField", "UBND tỉnh Cao Bằng");
        typeIn("#yearField", "2026");
        typeIn("#titleField", "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026");
        typeIn("#placeNameField", PROVINCE);
        addMember("Lê Văn Minh", "Phó Giám đốc Sở Nội vụ", TeamRole.LEAD);
        addMember("Lê Thị Hạnh", "Chuyên viên Sở Nội vụ", TeamRole.MEMBER);
        assertThat(robot.lookup("#teamTable").queryTableView().getItems()).hasSize(2);
        ComboBox<Object> unit = robot.lookup("#visitUnitComboBox").queryComboBox();
        Object commune = unit.getItems().stream().filter(c -> c.toString().contains(COMMUNE)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + COMMUNE + " among " + unit.getItems()));
        robot.interact(() -> unit.setValue(commune));
        typeIn("#visitDateField", "20/03/2026");
        typeIn("#visitPlaceField", "Trụ sở UBND xã " + COMMUNE);
        robot.type(KeyCode.ENTER);
        await(5, () -> robot.lookup("#visitTable").queryTableView().getItems().size() == 1);
        shots.shoot(robot, stage, "buoc-07-ke-hoach-moi");
        click("#savePlanButton");

        // 7. the plan list: the visit opened with Enter
        await(20, () -> robot.lookup("#planTable").tryQuery().isPresent()
                && robot.lookup("#planTable").queryTableView().getItems().size() == 1);
        TableView<?> plans = robot.lookup("#planTable").queryTableView();
        robot.interact(() -> plans.getSelectionModel().select(0));
        TableView<?> visits = robot.lookup("#visitTable").queryTableView();
        await(10, () -> visits.getItems().size() == 1);
        robot.interact(() -> {
            visits.getSelectionModel().clearAndSelect(0);
            visits.requestFocus();
        });
        shots.shoot(robot, stage, "buoc-08-danh-sach-ke-hoach");
        robot.type(KeyCode.ENTER);
        await(30, () -> robot.lookup("#finaliseButton").tryQuery().isPresent()
                && !robot.lookup("#figureBox").queryAs(javafx.scene.layout.Pane.class).getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#headingLabel").queryLabeled().getText()).doesNotContain("dữ liệu mẫu");
        shots.shoot(robot, stage, "buoc-09-phieu-kiem-tra-moi");

        // 8. the checklist from the keyboard: figures, then every item with Enter moving on
        int answered = answerFromTheKeyboard();
        assertThat(answered).as("items answered from the keyboard").isGreaterThan(10);
        Labeled progress = robot.lookup("#progressLabel").queryLabeled();
        assertThat(progress.getText()).as("every item answered").matches("Đã chấm (\\d+)/\\1 mục.*");
        shots.shoot(robot, stage, "buoc-10-phieu-da-cham");

        // 9. the report part
        TabPane tabs = robot.lookup("#visitTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        fillTheReportPart();
        ScrollPane findings = robot.lookup("#findingsScroll").queryAs(ScrollPane.class);
        robot.interact(() -> findings.setVvalue(0));
        shots.shoot(robot, stage, "buoc-11-phan-bien-ban");

        // 10. finalise: refused, the list says what is missing (the documents reviewed for each item that needs
        // them); the documents cited on the report part's tab; finalised
        robot.clickOn("#finaliseButton");
        ListView<String> blockers = robot.lookup("#blockerList").queryListView();
        await(30, () -> !blockers.getItems().isEmpty());
        shots.shoot(robot, stage, "buoc-12-hoan-tat-con-thieu");
        List<String> lacking = blockers.getItems().stream().map(line -> line.split(" — ")[0].strip()).toList();
        assertThat(blockers.getItems()).as("only documents reviewed are missing (progress: " + progress.getText()
                + ")").allMatch(line -> line.contains("tài liệu kiểm chứng"));
        for (String code : lacking) {
            typeIn("#evidenceItemField", code);
            typeIn("#evidenceNumberField", EVIDENCE.get(code.substring(0, 1)));
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        ListView<?> evidence = robot.lookup("#evidenceList").queryListView();
        await(20, () -> evidence.getItems().size() == lacking.size());
        shots.shoot(robot, stage, "buoc-13-tai-lieu-kiem-chung");
        await(20, () -> blockers.getItems().isEmpty());
        // the header's refusal ("còn 26 mục") followed the list as the documents were cited
        assertThat(robot.lookup("#saveStateLabel").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Không còn gì cản trở: có thể bấm Hoàn tất.");
        robot.clickOn("#finaliseButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class).ifPresent(provisional ->
                robot.clickOn(provisional.lookupButton(javafx.scene.control.ButtonType.OK)));
        await(30, () -> robot.lookup("#reopenButton").query().isVisible() || !blockers.getItems().isEmpty());
        assertThat(blockers.getItems()).as("nothing blocks finalising").isEmpty();
        await(30, () -> robot.lookup("#reopenButton").query().isVisible());
        robot.interact(() -> tabs.getSelectionModel().select(0));
        shots.shoot(robot, stage, "buoc-14-da-hoan-tat");

        // 11. the short biên bản: preview, then saved as PDF through the menu
        MenuButton reportMenu = robot.lookup("#reportMenu").queryAs(MenuButton.class);
        robot.interact(() -> reportMenu.getItems().get(0).fire());
        Window preview = awaitOtherWindow();
        shots.shoot(robot, preview, "buoc-15-xem-truoc-bien-ban");
        robot.interact(preview::hide);
        AtomicReference<String> proposed = new AtomicReference<>();
        FileChoosers.answerSaveDialogsWith(chooser -> {
            proposed.set(chooser.getInitialFileName());
            return saved.resolve(chooser.getInitialFileName()).toFile();
        });
        MenuItem pdf = reportMenu.getItems().stream().filter(i -> "reportItem".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(pdf::fire);
        await(10, () -> proposed.get() != null);
        Path file = saved.resolve(proposed.get());
        await(60, () -> Files.isRegularFile(file) && file.toFile().length() > 1000 && readable(file));
        String text = pdfText(file);
        // #16 §6: the visit screen proposes the plan's number, the unit and the year, as the reports page does
        assertThat(proposed.get()).isEqualTo("BB_215-KH-UBND_Xa-Ha-Quang_2026.pdf");
        Files.writeString(Path.of("target", "inspection-walk-bien-ban.txt"), text);
        assertThat(text).contains("Kế hoạch số " + PLAN_NUMBER + " ngày " + PLAN_DATE)
                .contains("xã " + COMMUNE).contains(SIGNER)
                .doesNotContain("dữ liệu mẫu");
        assertThat(shots.written()).hasSize(15);
        System.out.printf("InspectionWalkTest: %d items from the keyboard, %s, walk took %d s%n", answered,
                proposed.get(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    // --- the steps ------------------------------------------------------------------------------------------------

    /** Selects the province in the tree, adds a unit under it of {@code type} (a xã is offered first). */
    private void addUnitUnder(TreeTableView<?> tree, UnitType type, String code, String name) throws TimeoutException {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TreeTableView<Object> t = (TreeTableView<Object>) tree;
            TreeItem<Object> province = t.getRoot().getChildren().get(0);
            t.getSelectionModel().select(province);
        });
        robot.clickOn("#addUnitButton");
        ComboBox<UnitType> typeBox = robot.lookup("#typeComboBox").queryComboBox();
        assertThat(typeBox.getValue()).as("a unit under a province starts as a xã").isEqualTo(UnitType.COMMUNE);
        if (type != UnitType.COMMUNE) {
            robot.interact(() -> typeBox.setValue(type));
        }
        typeIn("#codeField", code);
        typeIn("#nameField", name);
        typeIn("#validFromField", "01/07/2025");
        robot.type(KeyCode.ENTER);
        int before = tree.getRoot().getChildren().get(0).getChildren().size();
        await(10, () -> tree.getRoot().getChildren().get(0).getChildren().size() > before
                || tree.getRoot().getChildren().get(0).getChildren().stream()
                        .anyMatch(i -> String.valueOf(i.getValue()).contains(name)));
    }

    private void addMember(String name, String job, TeamRole role) {
        typeIn("#memberNameField", name);
        typeIn("#memberJobField", job);
        typeIn("#memberAgencyField", "Sở Nội vụ tỉnh Cao Bằng");
        ComboBox<TeamRole> roles = robot.lookup("#memberRoleComboBox").queryComboBox();
        robot.interact(() -> roles.setValue(role));
        click("#memberAgencyField");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Answers the checklist as a user at the keyboard: the first figure clicked, then each figure typed ("1.268",
     * Enter), then each item in turn: Y for Có, 1 for the first option, a number typed, a manual score typed with
     * Enter to its reason; Enter saves and moves to the next item. Returns how many items were answered.
     */
    private int answerFromTheKeyboard() throws TimeoutException {
        List<Node> figures = robot.lookup(n -> n instanceof TextField && n.getId() != null
                && n.getId().startsWith("figure-")).queryAll().stream().toList();
        assertThat(figures).as("the template's figures").isNotEmpty();
        click(figures.get(0));
        for (int i = 0; i < figures.size(); i++) {
            assertThat(focusOwner().getId()).startsWith("figure-");
            robot.write(i < FIGURES.size() ? FIGURES.get(i) : "1.200");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int answered = 0;
        Node last = null;
        for (int guard = 0; guard < 400; guard++) {
            Node owner = focusOwner();
            if (owner == null || owner == last) {
                break;
            }
            last = owner;
            if (owner instanceof ToggleButton) {
                robot.type(KeyCode.Y);
                answered++;
            } else if (owner instanceof ComboBox<?>) {
                robot.type(KeyCode.DIGIT1);
                answered++;
            } else if (owner instanceof TextField field && field.getId() != null
                    && field.getId().startsWith("reason-")) {
                robot.write(field.getId().startsWith("reason-7") ? "Chưa có kết quả điều tra xã hội học của tỉnh"
                        : "Chưa kết nối với nền tảng chia sẻ dữ liệu của tỉnh");
            } else if (owner instanceof TextField field) {
                String prompt = field.getPromptText() == null ? "" : field.getPromptText();
                if (prompt.equals(messages.get("answering.visit.manualPrompt"))) {
                    robot.write("0");
                } else if (prompt.equals(messages.get("answering.visit.occurrencesPrompt"))) {
                    robot.write("0");
                } else {
                    robot.write("1");
                }
                answered++;
            } else {
                break;
            }
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return answered;
    }

    private void fillTheReportPart() throws TimeoutException {
        click("#allTeamPresentButton");
        addAttendee(SIGNER, "Chủ tịch UBND xã " + COMMUNE, true);
        addAttendee("Hoàng Thị Lan", "Công chức Văn phòng - Thống kê", false);
        ListView<?> attendees = robot.lookup("#attendeeList").queryListView();
        await(10, () -> attendees.getItems().size() == 2);
        typeIn("#findingTextField", "Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính được triển khai đúng hạn");
        robot.type(KeyCode.ENTER);
        typeIn("#recommendationField", "Công khai đầy đủ thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã");
        typeIn("#responsibleField", "UBND xã " + COMMUNE);
        click("#deadlinePicker");
        robot.write("30/06/2026");
        robot.type(KeyCode.ENTER);
        typeIn("#opinionArea", "Nhất trí với kết quả kiểm tra của Đoàn.");
        typeIn("#startTimeField", "8:00");
        typeIn("#endTimeField", "11:30");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#recommendationList").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#findingList").queryListView().getItems()).hasSize(1);
    }

    private void addAttendee(String name, String title, boolean signs) {
        typeIn("#attendeeNameField", name);
        typeIn("#attendeeTitleField", title);
        CheckBox signer = robot.lookup("#representativeCheckBox").queryAs(CheckBox.class);
        if (signer.isSelected() != signs) {
            click(signer);
        }
        click("#attendeeTitleField");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** Clicks into the field and types {@code text} as a user would (the field's earlier text selected first). */
    private void typeIn(String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        click(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    private void click(String id) {
        click(robot.lookup(id).query());
    }

    /** Clicks {@code node} once it is scrolled into view (a click below a scroll pane's fold lands elsewhere). */
    private void click(Node node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Node content = scroll.getContent();
                    Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double height = content.getBoundsInLocal().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    if (height > viewport) {
                        double y = (bounds.getMinY() - viewport / 3) / (height - viewport);
                        scroll.setVvalue(Math.max(0, Math.min(1, y)));
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    private Node focusOwner() {
        AtomicReference<Node> owner = new AtomicReference<>();
        robot.interact(() -> owner.set(stage.getScene().getFocusOwner()));
        return owner.get();
    }

    private static Node buttonIn(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(b -> b instanceof ButtonBase button && text.equals(button.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static void await(long seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window awaitOtherWindow() throws TimeoutException {
        await(30, () -> otherWindow() != null);
        return otherWindow();
    }

    private Window otherWindow() {
        return robot.listWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }

    private static boolean readable(Path file) {
        try {
            pdfText(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
