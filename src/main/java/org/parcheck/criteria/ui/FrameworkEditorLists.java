package org.parcheck.criteria.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Numbers;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.criteria.FrameworkChecks;
import org.parcheck.criteria.FrameworkContent;
import org.parcheck.criteria.FrameworkIssue;
import org.parcheck.criteria.ui.FrameworkEditorViewModel.IssueRow;
import org.parcheck.criteria.ui.FrameworkEditorViewModel.ItemRow;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * What the framework editor lists, rebuilt from the content after every change: the item tree as rows (an item with a
 * problem marked), the live checks, and the figures, bands and constraints tables.
 */
final class FrameworkEditorLists {

    private final Messages messages;
    private final ExplanationFormatter formatter;
    private final ObservableList<ItemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ObservableList<FigureDef> figures = FXCollections.observableArrayList();
    private final ObservableList<Band> bands = FXCollections.observableArrayList();
    private final ObservableList<FigureConstraint> constraints = FXCollections.observableArrayList();

    FrameworkEditorLists(Messages messages) {
        this.messages = messages;
        this.formatter = new ExplanationFormatter(messages.locale());
    }

    /** Shows {@code content}; returns whether its checks allow publishing it. */
    boolean show(FrameworkContent content) {
        figures.setAll(content.figures());
        bands.setAll(content.bands());
        constraints.setAll(content.constraints());
        List<FrameworkIssue> found = FrameworkChecks.check(content);
        issues.setAll(found.stream().map(i -> new IssueRow(i.subject(), formatter.format(i.explanation()),
                i.blocking())).toList());
        Set<String> problemCodes = found.stream().map(FrameworkIssue::subject).collect(Collectors.toSet());
        List<ItemRow> flat = new ArrayList<>();
        flatten(content.areas(), 0, problemCodes, flat);
        rows.setAll(flat);
        return FrameworkChecks.publishable(found);
    }

    private void flatten(List<CriteriaItem> items, int depth, Set<String> problems, List<ItemRow> out) {
        for (CriteriaItem item : items) {
            out.add(new ItemRow(item.code(), label(item), depth, problems.contains(item.code())));
            flatten(item.children(), depth + 1, problems, out);
        }
    }

    private String label(CriteriaItem item) {
        return item.code() + "  " + item.title() + "  (" + messages.get("criteria.editor.points",
                Numbers.points(item.maxPoints(), messages.locale())) + ")";
    }

    ObservableList<ItemRow> rows() {
        return rows;
    }

    ObservableList<IssueRow> issues() {
        return issues;
    }

    ObservableList<FigureDef> figures() {
        return figures;
    }

    ObservableList<Band> bands() {
        return bands;
    }

    ObservableList<FigureConstraint> constraints() {
        return constraints;
    }
}
