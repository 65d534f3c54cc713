package org.parcheck.answering.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.common.fx.Formats;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Text;

/**
 * The documents sighted at the visit (evidence citations), each with an optional attached file copied into the data
 * folder: the list and the form that adds to it. Refusals show next to the form ({@link FindingsForm#EVIDENCE}).
 */
public final class EvidenceForm {

    /** Evidence files are scans and photos; anything larger is refused rather than bloating the data folder. */
    static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;

    private final VisitFindingsViewModel tab;
    private final AnswerService service;
    private final Messages messages;
    private final EvidenceFiles files;
    private final long visitId;
    private final ObservableList<EvidenceCitation> evidence = FXCollections.observableArrayList();
    private final StringProperty evidenceItem = new SimpleStringProperty("");
    private final StringProperty evidenceNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> evidenceDate = new SimpleObjectProperty<>();
    private final StringProperty evidenceIssuer = new SimpleStringProperty("");
    private final StringProperty evidenceTitle = new SimpleStringProperty("");
    private final ObjectProperty<Path> attachment = new SimpleObjectProperty<>();
    /** Attached files found missing or altered when the tab was loaded, by citation. */
    private final Map<UUID, AttachmentProblem.Kind> damaged = new HashMap<>();

    EvidenceForm(VisitFindingsViewModel tab, long visitId, AnswerService service, Messages messages,
            EvidenceFiles files) {
        this.tab = tab;
        this.visitId = visitId;
        this.service = service;
        this.messages = messages;
        this.files = files;
    }

    /** Shows the loaded citations, marking those whose attached file is missing or altered. */
    void show(List<EvidenceCitation> loaded, List<AttachmentProblem> problems) {
        damaged.clear();
        problems.forEach(p -> damaged.put(p.citation().uuid(), p.kind()));
        evidence.setAll(loaded);
    }

    /** The files a load needs checked. */
    List<AttachmentProblem> check(List<EvidenceCitation> loaded) {
        return files.check(loaded);
    }

    public void addEvidence() {
        if (Text.isBlank(evidenceNumber.get()) && Text.isBlank(evidenceTitle.get())) {
            tab.refuse(FindingsForm.EVIDENCE, messages.get("answering.findings.evidenceRequired"));
            return;
        }
        EvidenceCitation citation = EvidenceCitation.of(Text.nfcOrNull(evidenceItem.get()),
                Text.nfcOrNull(evidenceNumber.get()), evidenceDate.get(), Text.nfcOrNull(evidenceIssuer.get()),
                Text.nfcOrNull(evidenceTitle.get()));
        Path file = attachment.get();
        if (file != null && !Files.isRegularFile(file)) {
            tab.refuse(FindingsForm.EVIDENCE, messages.get("answering.findings.fileMissing", file));
            return;
        }
        try {
            if (file != null && Files.size(file) > MAX_ATTACHMENT_BYTES) {
                tab.refuse(FindingsForm.EVIDENCE, messages.get("answering.findings.fileTooLarge", file.getFileName(),
                        MAX_ATTACHMENT_BYTES / (1024 * 1024)));
                return;
            }
        } catch (IOException e) {
            tab.refuse(FindingsForm.EVIDENCE, messages.get("answering.findings.fileMissing", file));
            return;
        }
        tab.write(FindingsForm.EVIDENCE, () -> {
            EvidenceCitation withFile = citation;
            if (file != null) {
                EvidenceFiles.Stored stored = files.store(visitId, file);
                withFile = citation.withAttachment(stored.relativePath(), stored.sha256());
            }
            return service.addEvidence(visitId, withFile);
        }, saved -> {
            evidence.add(saved);
            attachment.set(null);
            evidenceNumber.set("");
            evidenceDate.set(null);
            evidenceIssuer.set("");
            evidenceTitle.set("");
        });
    }

    public void removeEvidence(EvidenceCitation citation) {
        if (citation != null) {
            tab.write(FindingsForm.EVIDENCE, () -> {
                service.removeEvidence(visitId, citation.id());
                return citation;
            }, removed -> evidence.remove(removed));
        }
    }

    public String evidenceLabel(EvidenceCitation e) {
        StringBuilder text = new StringBuilder();
        if (e.itemCode() != null) {
            text.append('[').append(e.itemCode()).append("] ");
        }
        if (e.docNumber() != null) {
            text.append(e.docNumber()).append(' ');
        }
        if (e.docDate() != null) {
            text.append(messages.get("answering.findings.dated", Formats.date(e.docDate()))).append(' ');
        }
        if (e.issuer() != null) {
            text.append("· ").append(e.issuer()).append(' ');
        }
        if (e.title() != null) {
            text.append("· ").append(e.title());
        }
        if (e.attachmentPath() != null) {
            text.append(" · ").append(messages.get("answering.findings.attached"));
            AttachmentProblem.Kind problem = damaged.get(e.uuid());
            if (problem != null) {
                text.append(" ⚠ ").append(messages.get("answering.attachments.kind." + problem.name()));
            }
        }
        return text.toString().strip();
    }

    public ObservableList<EvidenceCitation> evidence() {
        return evidence;
    }

    /** A file to copy into the data folder with the next evidence citation (the original stays where it is). */
    public ObjectProperty<Path> attachmentProperty() {
        return attachment;
    }

    public StringProperty evidenceItemProperty() {
        return evidenceItem;
    }

    public StringProperty evidenceNumberProperty() {
        return evidenceNumber;
    }

    public ObjectProperty<LocalDate> evidenceDateProperty() {
        return evidenceDate;
    }

    public StringProperty evidenceIssuerProperty() {
        return evidenceIssuer;
    }

    public StringProperty evidenceTitleProperty() {
        return evidenceTitle;
    }
}
