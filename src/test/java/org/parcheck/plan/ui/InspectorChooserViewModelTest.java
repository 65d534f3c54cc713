package org.parcheck.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.Inspector;

/** The inspector chooser's view model without the FX toolkit, on a real H2 file with the demo data. */
class InspectorChooserViewModelTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private final List<Inspector> chosen = new ArrayList<>();
    private InspectorChooserViewModel model;

    @BeforeEach
    void open() {
        services = AppServices.open(dataDir);
        model = new InspectorChooserViewModel(services.inspectors(), new SameThreadExecutor(),
                new Messages(Messages.VIETNAMESE), chosen::add);
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void nothingChosenOrTypedIsRefusedWithAMessage() {
        assertEquals("Chưa chọn người kiểm tra nào.", model.currentProperty().get());
        model.confirm();
        assertEquals("Hãy chọn một người trong danh sách hoặc nhập họ tên người mới.", model.messageProperty().get());
        assertTrue(chosen.isEmpty());
        assertFalse(model.doneProperty().get());
    }

    @Test
    void aTeamMemberPickedFromTheListBecomesTheInspector() {
        assertThat(model.people()).hasSize(1);
        model.selectedProperty().set(model.people().get(0));
        model.confirm();
        assertTrue(model.doneProperty().get());
        assertEquals("Lê Văn Miều", chosen.get(0).fullName());
        assertEquals(chosen.get(0), services.inspectors().current().orElseThrow());
        assertThat(services.answerService().actor()).startsWith("Lê Văn Miều (");
    }

    @Test
    void typingANameClearsTheListChoiceAndATooLongFieldIsRefusedBeforeSaving() {
        model.selectedProperty().set(model.people().get(0));
        model.fullNameProperty().set("Nguyễn Văn A");
        assertNull(model.selectedProperty().get(), "what the user did last counts");
        model.agencyProperty().set("x".repeat(301));
        model.confirm();
        assertEquals("Dài quá 300 ký tự.", model.messageProperty().get());
        assertTrue(services.inspectors().current().isEmpty(), "nothing saved");

        model.agencyProperty().set("Sở Nội vụ");
        model.confirm();
        assertEquals("Nguyễn Văn A (Sở Nội vụ)", services.inspectors().current().orElseThrow().recordText());

        InspectorChooserViewModel again = new InspectorChooserViewModel(services.inspectors(),
                new SameThreadExecutor(), new Messages(Messages.VIETNAMESE), p -> { });
        again.load();
        assertEquals("Đang dùng: Nguyễn Văn A (Sở Nội vụ)", again.currentProperty().get());
        assertEquals("Nguyễn Văn A", again.selectedProperty().get().fullName(), "the current person preselected");
        assertThat(again.people()).hasSize(2);
    }
}
