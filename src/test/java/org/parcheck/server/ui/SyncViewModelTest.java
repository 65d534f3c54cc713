package org.parcheck.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.ConflictRow.Keep;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerException;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.server.ui.SyncViewModel.Phase;
import org.parcheck.testing.TempFolders;

/**
 * The sync dialog's states without the FX toolkit, on two real H2 laptops. The server side is a stand-in that
 * brings laptop B's edit as a package would (the same merge, {@link ImportPlan}) and applies it with the choices
 * made, as {@code SyncService} does: the states, the texts and "nothing changed" are the dialog's own. The real
 * engine and server are in {@code SyncWindowTest}.
 */
class SyncViewModelTest {

    private static final ServerAddress ADDRESS = new ServerAddress("so-noi-vu.example", 5432, "parcheck", "an",
            ServerAddress.Tls.VERIFY_FULL, null);

    private Path dir;
    private AppServices a;
    private AppServices b;
    private long visitA;
    private String code;
    private Path fromB;
    private final List<String> log = new ArrayList<>();
    private boolean kept;
    /** What the stand-in server's prepare does before it returns (a user's cancel while it runs). */
    private Runnable duringPrepare = () -> { };
    private SyncViewModel viewModel;
    private int synced;

    @BeforeEach
    void open() throws Exception {
        dir = TempFolders.create("parcheck-sync-vm");
        a = AppServices.open(Files.createDirectories(dir.resolve("a")));
        b = AppServices.open(Files.createDirectories(dir.resolve("b")));
        UUID planUuid = a.planService().overviews().get(0).plan().uuid();
        Path first = dir.resolve("a.parcheck");
        a.exchangeService().export(a.planService().overviews().get(0).plan().id(), List.of(), first);
        b.exchangeService().apply(b.exchangeService().analyse(first), Map.of());
        visitA = haLang(a, planUuid);
        long visitB = haLang(b, planUuid);
        code = a.answerService().sheet(visitA).answers().keySet().stream().sorted().findFirst().orElseThrow();
        note(a, visitA, "ghi chú của An", "An");
        note(b, visitB, "ghi chú của Bình", "Bình");
        fromB = dir.resolve("b.parcheck");
        long planB = b.planService().overviews().stream().filter(p -> p.plan().uuid().equals(planUuid)).findFirst()
                .orElseThrow().plan().id();
        b.exchangeService().export(planB, List.of(visitB), fromB);
    }

    @AfterEach
    void close() throws Exception {
        a.close();
        b.close();
        TempFolders.delete(dir);
    }

    private static long haLang(AppServices services, UUID planUuid) {
        long planId = services.planService().overviews().stream().filter(p -> p.plan().uuid().equals(planUuid))
                .findFirst().orElseThrow().plan().id();
        return services.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    private void note(AppServices services, long visitId, String text, String actor) {
        Answer answer = services.answerService().sheet(visitId).answers().get(code);
        new JooqAnswerRepository(services.database()).saveAnswer(visitId, answer.withNote(text), actor);
    }

    private String noteOnA() {
        return a.answerService().sheet(visitA).answers().get(code).note();
    }

    /** The stand-in server: password "mật khẩu", brings B's package, applies it with the choices. */
    private final SyncSteps steps = new SyncSteps() {
        @Override
        public ServerAddress address() {
            return ADDRESS;
        }

        @Override
        public boolean passwordKept() {
            return kept;
        }

        @Override
        public Optional<char[]> keptPassword() {
            return kept ? Optional.of("mật khẩu".toCharArray()) : Optional.empty();
        }

        @Override
        public Session connect(char[] password) {
            String typed = new String(password);
            java.util.Arrays.fill(password, '\0');
            log.add("connect");
            if (!typed.equals("mật khẩu")) {
                throw new ServerException(ServerException.Kind.WRONG_PASSWORD, "password authentication failed",
                        null);
            }
            return new Session() {
                @Override
                public SyncPlan prepare(SyncProgress progress) {
                    progress.step(SyncProgress.READING, 0, 0);
                    ImportPlan pull = a.exchangeService().analyse(fromB);
                    duringPrepare.run();
                    if (progress.cancelled()) {
                        a.exchangeService().discard(pull);
                        throw new CancellationException();
                    }
                    progress.step(SyncProgress.MERGING, 1, 1);
                    return new SyncPlan("server", 0, 1, pull, 0, 1, 0);
                }

                @Override
                public SyncResult complete(SyncPlan plan, Map<String, ImportPlan.Choice> choices,
                                           SyncProgress progress) {
                    progress.step(SyncProgress.APPLYING, 0, 1);
                    a.exchangeService().apply(plan.pull(), choices);
                    return new SyncResult(0, 1, 0, 0, 0, 0, choices.size(), false);
                }

                @Override
                public void discard(SyncPlan plan) {
                    log.add("discard");
                    a.exchangeService().discard(plan.pull());
                }

                @Override
                public void close() {
                    log.add("close");
                }
            };
        }
    };

    private SyncViewModel viewModel(Messages messages) {
        SyncViewModel model = new SyncViewModel(steps, new SameThreadExecutor(), messages);
        model.setOnSynced(() -> synced++);
        return model;
    }

    @Test
    void aConflictIsShownWithBothValuesAndTheChoiceIsWhatThisLaptopKeeps() {
        viewModel = viewModel(new Messages(Messages.VIETNAMESE));
        assertThat(viewModel.serverProperty().get()).isEqualTo(
                "Máy chủ so-noi-vu.example:5432, cơ sở dữ liệu parcheck, tài khoản an");
        assertThat(viewModel.passwordNeededProperty().get()).isTrue();
        viewModel.passwordProperty().set("mật khẩu");
        viewModel.primary();

        assertEquals(Phase.CHOOSING, viewModel.phaseProperty().get());
        assertThat(viewModel.passwordProperty().get()).as("the password is not kept in the field").isEmpty();
        assertThat(viewModel.conflicts()).singleElement().satisfies(row -> {
            assertThat(row.item()).startsWith(code + " ");
            assertThat(row.mine()).contains("ghi chú của An");
            assertThat(row.mineWho()).startsWith("An, ");
            assertThat(row.theirs()).contains("ghi chú của Bình");
            assertThat(row.theirsWho()).startsWith("Bình, ");
        });
        assertThat(viewModel.statusProperty().get()).contains("1 mục").endsWith("Chưa có gì thay đổi trên máy này.");
        assertThat(viewModel.actionProperty().get()).isEqualTo("_Hoàn tất đồng bộ");
        assertEquals("ghi chú của An", noteOnA(), "nothing is written before the user completes");
        assertEquals(0, synced);

        viewModel.conflicts().get(0).choiceProperty().set(Keep.THEIRS);
        viewModel.primary();

        assertEquals(Phase.DONE, viewModel.phaseProperty().get());
        assertEquals("ghi chú của Bình", noteOnA());
        assertThat(viewModel.statusProperty().get()).isEqualTo("Đã đồng bộ. Mang về 1 cuộc kiểm tra, gửi lên 0 cuộc "
                + "kiểm tra; tệp minh chứng: tải về 0, gửi lên 0; xung đột đã quyết định: 1.");
        assertEquals(1, synced, "the window's screens read the data again");
        assertThat(log).containsExactly("connect", "close");
        assertThat(viewModel.runningTask().runningProperty().get()).isFalse();
    }

    @Test
    void aWrongPasswordIsSaidWithWhatToDoAndNothingChanges() {
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        viewModel.passwordProperty().set("sai");
        viewModel.primary();

        assertEquals(Phase.READY, viewModel.phaseProperty().get());
        assertThat(viewModel.problemProperty().get()).startsWith("The server refused the account name or password.");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Nothing changed on this laptop.");
        assertThat(viewModel.passwordNeededProperty().get()).isTrue();
        assertEquals("ghi chú của An", noteOnA());
        assertEquals(0, synced);

        // typed again, right this time: the sync goes on
        viewModel.passwordProperty().set("mật khẩu");
        viewModel.primary();
        assertEquals(Phase.CHOOSING, viewModel.phaseProperty().get());
        assertThat(viewModel.problemProperty().get()).isEmpty();
    }

    @Test
    void noPasswordTypedIsAskedForWithoutConnecting() {
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        viewModel.primary();
        assertThat(viewModel.problemProperty().get()).isEqualTo("Type the password of your server account.");
        assertThat(log).isEmpty();
    }

    @Test
    void aKeptPasswordIsNotAskedAndAllMineKeepsThisLaptopsValue() {
        kept = true;
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        assertThat(viewModel.passwordNeededProperty().get()).isFalse();
        viewModel.primary();
        assertEquals(Phase.CHOOSING, viewModel.phaseProperty().get());
        viewModel.primary();
        assertEquals(Phase.DONE, viewModel.phaseProperty().get());
        assertEquals("ghi chú của An", noteOnA());
        assertThat(viewModel.statusProperty().get()).endsWith("conflicts decided: 1.");
    }

    @Test
    void cancellingWhilePreparingChangesNothingAndClosesTheConnection() {
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        duringPrepare = () -> viewModel.runningTask().cancel();
        viewModel.passwordProperty().set("mật khẩu");
        viewModel.primary();

        assertEquals(Phase.READY, viewModel.phaseProperty().get());
        assertThat(viewModel.statusProperty().get()).isEqualTo("Sync cancelled; nothing changed on this laptop.");
        assertThat(viewModel.conflicts()).isEmpty();
        assertThat(log).containsExactly("connect", "close");
        assertEquals("ghi chú của An", noteOnA());
        assertEquals(0, synced);
    }

    @Test
    void closingTheDialogWithConflictsOpenForgetsThePlanAndWritesNothing() {
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        viewModel.passwordProperty().set("mật khẩu");
        viewModel.primary();
        assertEquals(Phase.CHOOSING, viewModel.phaseProperty().get());
        viewModel.close();
        assertThat(log).containsExactly("connect", "discard", "close");
        assertEquals("ghi chú của An", noteOnA());
        assertEquals(0, synced);
    }
}
