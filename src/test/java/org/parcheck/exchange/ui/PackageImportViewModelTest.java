package org.parcheck.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;

/** The import screen's state without the FX toolkit: refusals in words, the preview, and the import itself. */
class PackageImportViewModelTest {

    @TempDir
    Path dir;
    private AppServices a;
    private AppServices b;
    private PackageImportViewModel viewModel;
    private int imported;

    @BeforeEach
    void open() throws Exception {
        a = AppServices.open(Files.createDirectories(dir.resolve("a")));
        b = AppServices.open(Files.createDirectories(dir.resolve("b")));
        viewModel = new PackageImportViewModel(b.exchangeService(), new SameThreadExecutor(),
                new Messages(Messages.ENGLISH));
        viewModel.setOnImported(() -> imported++);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void aChoiceIsShownWithItsOptionLabelWhichIsNotPartOfTheContent() {
        java.util.Map<String, String> stored = new java.util.HashMap<>();
        stored.put("value_text", "B");
        stored.put("not_applicable", "false");
        java.util.Map<String, String> labelled = new java.util.HashMap<>(stored);
        labelled.put(org.parcheck.exchange.VisitItem.VALUE_LABEL, "Hài lòng");
        var plain = new org.parcheck.exchange.VisitItem("8.1.4 Hài lòng", stored, "An", null);
        var shown = new org.parcheck.exchange.VisitItem("8.1.4 Hài lòng", labelled, "An", null);
        assertEquals("B — Hài lòng", viewModel.value(shown));
        assertEquals("B", viewModel.value(plain));
        assertEquals(plain.contentHash(), shown.contentHash(), "the label never makes a change or a conflict");
    }

    @Test
    void aRefusedPackageIsExplainedAndCannotBeImported() throws Exception {
        Path file = dir.resolve("broken.parcheck");
        Files.writeString(file, "PK not really");
        viewModel.open(file);
        assertThat(viewModel.summaryProperty().get()).startsWith("The package broken.parcheck is damaged");
        assertFalse(viewModel.importableProperty().get());
        viewModel.confirm();
        assertEquals(0, imported);
    }

    @Test
    void thePreviewListsWhatIsAddedAndConfirmingImportsIt() {
        Path file = dir.resolve("plan.parcheck");
        a.exchangeService().export(a.planService().overviews().get(0).plan().id(), List.of(), file);
        viewModel.open(file);
        assertTrue(viewModel.importableProperty().get());
        assertThat(viewModel.summaryProperty().get()).startsWith("Will add: 1 plan(s), 3 visit(s)");
        assertThat(viewModel.added()).anyMatch(r -> r.kind().equals("Plan") && r.item().startsWith("3199/KH-UBND"));
        assertThat(viewModel.headerProperty().get()).contains("3199/KH-UBND");
        assertEquals("To be added", viewModel.addedTitleProperty().get());
        viewModel.confirm();
        assertEquals(1, imported);
        assertTrue(viewModel.doneProperty().get());
        // #16 §6: after the import the list's heading no longer says "to be added"
        assertEquals("Added", viewModel.addedTitleProperty().get());
        assertEquals(2, b.planService().overviews().size());
        viewModel.open(file);
        assertThat(viewModel.summaryProperty().get()).contains("already imported");
        assertFalse(viewModel.importableProperty().get());
    }
}
