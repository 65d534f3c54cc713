package org.parcheck.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parcheck.common.fx.ConflictRow.Keep;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.server.ServerException;
import org.parcheck.server.ui.SyncViewModel.Phase;

/**
 * The sync dialog's states without the FX toolkit, on two real H2 laptops and a stand-in for the server side
 * ({@link StandInServer}): the states, the texts and "nothing changed" are the dialog's own. The real engine and a
 * real server: {@code SyncWindowTest}.
 */
class SyncViewModelTest {

    @RegisterExtension
    final StandInServer server = new StandInServer();
    private SyncViewModel viewModel;
    private int synced;

    private SyncViewModel viewModel(Messages messages) {
        SyncViewModel model = new SyncViewModel(server.steps(), new SameThreadExecutor(), messages);
        model.setOnSynced(completed -> synced++);
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
            assertThat(row.item()).startsWith(server.code() + " ");
            assertThat(row.mine()).contains("ghi chú của An");
            assertThat(row.mineWho()).startsWith("An, ");
            assertThat(row.theirs()).contains("ghi chú của Bình");
            assertThat(row.theirsWho()).startsWith("Bình, ");
        });
        assertThat(viewModel.statusProperty().get()).contains("1 mục").endsWith("Chưa có gì thay đổi trên máy này.");
        assertThat(viewModel.actionProperty().get()).isEqualTo("_Hoàn tất đồng bộ");
        assertEquals("ghi chú của An", server.noteOnA(), "nothing is written before the user completes");
        assertEquals(0, synced);

        viewModel.conflicts().get(0).choiceProperty().set(Keep.THEIRS);
        viewModel.primary();

        assertEquals(Phase.DONE, viewModel.phaseProperty().get());
        assertEquals("ghi chú của Bình", server.noteOnA());
        assertThat(viewModel.statusProperty().get()).isEqualTo("Đã đồng bộ. Mang về 1 cuộc kiểm tra, gửi lên 0 cuộc "
                + "kiểm tra; tệp minh chứng: tải về 0, gửi lên 0; xung đột đã quyết định: 1.");
        assertEquals(1, synced, "the window's screens read the data again");
        assertThat(server.log()).containsExactly("connect", "close");
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
        assertEquals("ghi chú của An", server.noteOnA());
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
        assertThat(server.log()).isEmpty();
    }

    @Test
    void aKeptPasswordIsNotAskedAndAllMineKeepsThisLaptopsValue() {
        server.keepPassword();
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        assertThat(viewModel.passwordNeededProperty().get()).isFalse();
        viewModel.primary();
        assertEquals(Phase.CHOOSING, viewModel.phaseProperty().get());
        viewModel.primary();
        assertEquals(Phase.DONE, viewModel.phaseProperty().get());
        assertEquals("ghi chú của An", server.noteOnA());
        assertThat(viewModel.statusProperty().get()).endsWith("conflicts decided: 1.");
    }

    @Test
    void cancellingWhilePreparingChangesNothingAndClosesTheConnection() {
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        server.duringPrepare(() -> viewModel.runningTask().cancel());
        viewModel.passwordProperty().set("mật khẩu");
        viewModel.primary();

        assertEquals(Phase.READY, viewModel.phaseProperty().get());
        assertThat(viewModel.statusProperty().get()).isEqualTo("Sync cancelled; nothing changed on this laptop.");
        assertThat(viewModel.conflicts()).isEmpty();
        assertThat(server.log()).containsExactly("connect", "close");
        assertEquals("ghi chú của An", server.noteOnA());
        assertEquals(0, synced);
    }

    @Test
    void closingTheDialogWithConflictsOpenForgetsThePlanAndWritesNothing() {
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        viewModel.passwordProperty().set("mật khẩu");
        viewModel.primary();
        assertEquals(Phase.CHOOSING, viewModel.phaseProperty().get());
        viewModel.close();
        assertThat(server.log()).containsExactly("connect", "discard", "close");
        assertEquals("ghi chú của An", server.noteOnA());
        assertEquals(0, synced);
    }

    @Test
    void everyKindOfServerFailureHasItsOwnMessageInBothLanguagesAndChangesNothing() {
        for (java.util.Locale language : Messages.SUPPORTED) {
            Messages messages = new Messages(language);
            java.util.Set<String> said = new java.util.HashSet<>();
            for (ServerException.Kind kind : ServerException.Kind.values()) {
                server.refuse(new ServerException(kind, "refused", null));
                viewModel = viewModel(messages);
                viewModel.passwordProperty().set(StandInServer.PASSWORD);
                viewModel.primary();
                String problem = viewModel.problemProperty().get();
                assertThat(problem).as(kind + " in " + language).isNotBlank().doesNotStartWith("!");
                said.add(problem);
                assertEquals(Phase.READY, viewModel.phaseProperty().get());
                assertThat(viewModel.statusProperty().get()).isEqualTo(messages.get("server.sync.unchanged"));
            }
            assertThat(said).as("one message per kind").hasSize(ServerException.Kind.values().length);
        }
        assertEquals("ghi chú của An", server.noteOnA());
        assertEquals(0, synced);
    }

    @Test
    void aKeptPasswordMissingFromTheStoreIsAskedWithoutConnecting() {
        server.emptyStore();
        viewModel = viewModel(new Messages(Messages.ENGLISH));
        assertThat(viewModel.passwordNeededProperty().get()).isFalse();
        viewModel.primary();
        assertThat(viewModel.problemProperty().get()).startsWith("No kept password was found");
        assertThat(viewModel.passwordNeededProperty().get()).isTrue();
        assertThat(server.log()).isEmpty();
        viewModel.passwordProperty().set(StandInServer.PASSWORD);
        viewModel.primary();
        assertEquals(Phase.CHOOSING, viewModel.phaseProperty().get());
    }
}
