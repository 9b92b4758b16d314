package org.partydesk.gui.overview;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.app.search.Hit;
import org.partydesk.gui.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.model.Completion;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListProgress;

/**
 * 责任清单 until its own screen arrives: the lists of a year as a read-only tree (list → category →
 * content → measure) with 责任主体, cadence, status as of today and due / done counts.
 */
public final class ResponsibilityOverview implements Section {
    private final I18n i18n;
    private final Responsibilities responsibilities;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final TreeTableView<Line> tree = new TreeTableView<>();

    /** One row: a list or an item. */
    record Line(Integer itemId, String text, String owner, String cadence, String status, Completion completion) {
    }

    public ResponsibilityOverview(Shell shell) {
        this.i18n = shell.i18n();
        this.responsibilities = new Responsibilities(shell.workspace());
    }

    @Override
    public String id() {
        return Sections.RESPONSIBILITY;
    }

    @Override
    public String titleKey() {
        return "section.responsibility";
    }

    @Override
    public Node view() {
        int now = LocalDate.now().getYear();
        for (int y = now; y >= now - 4; y--) {
            year.getItems().add(y);
        }
        year.setId("responsibilityYear");
        year.setValue(now);
        year.valueProperty().addListener((obs, old, v) -> onShow());
        tree.setId("responsibilityTree");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label(i18n.text("responsibility.empty")));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        tree.getColumns().setAll(java.util.List.of(
                column(i18n.text("responsibility.item"), 420, Line::text),
                column(i18n.text("responsibility.owner"), 140, Line::owner),
                column(i18n.text("responsibility.cadence"), 70, Line::cadence),
                column(i18n.text("responsibility.status"), 70, Line::status),
                column(i18n.text("responsibility.done"), 90, l -> i18n.format("responsibility.doneOfDue",
                        String.valueOf(l.completion().doneDueItems()), String.valueOf(l.completion().dueItems())))));
        HBox top = new HBox(8, new Label(i18n.text("responsibility.year")), year);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, top, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        root.getStyleClass().add("roster-pane");
        return root;
    }

    @Override
    public void onShow() {
        if (year.getValue() == null) {
            return;
        }
        TreeItem<Line> root = new TreeItem<>();
        for (ListProgress list : responsibilities.tree(year.getValue(), LocalDate.now())) {
            TreeItem<Line> l = new TreeItem<>(new Line(null, list.list().name(), list.ownerName(), "", "", list.completion()));
            list.items().forEach(i -> l.getChildren().add(item(i)));
            l.setExpanded(true);
            root.getChildren().add(l);
        }
        tree.setRoot(root);
    }

    @Override
    public void reveal(Hit hit) {
        String first = hit.detail().split(" ", 2)[0];
        if (first.matches("\\d{4}") && !Integer.valueOf(first).equals(year.getValue())) {
            year.setValue(Integer.valueOf(first));
        }
        find(tree.getRoot(), hit.id()).ifPresent(item -> {
            for (TreeItem<Line> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        });
    }

    private static Optional<TreeItem<Line>> find(TreeItem<Line> item, int itemId) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.getValue() != null && Integer.valueOf(itemId).equals(item.getValue().itemId())) {
            return Optional.of(item);
        }
        for (TreeItem<Line> c : item.getChildren()) {
            Optional<TreeItem<Line>> f = find(c, itemId);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private TreeItem<Line> item(ItemProgress p) {
        TreeItem<Line> t = new TreeItem<>(new Line(p.item().id(), p.item().text(),
                p.item().ownerText() == null ? "" : p.item().ownerText(),
                p.children().isEmpty() ? i18n.label(p.item().cadence()) : "", i18n.label(p.status()), p.completion()));
        p.children().forEach(c -> t.getChildren().add(item(c)));
        t.setExpanded(p.item().level() < 2);
        return t;
    }

    private static TreeTableColumn<Line, String> column(String title, double width, Function<Line, String> value) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : value.apply(cell.getValue().getValue())));
        return c;
    }
}
