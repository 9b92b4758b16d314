package org.partydesk.gui.evidence;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import org.partydesk.gui.common.I18n;

/**
 * The commands on chosen files, the same on both tabs of 佐证材料: the buttons 修改说明…, 关联到…, 取消关联…, each
 * enabled as {@link EvidenceActions} says and opening its form, and the line that says what the chosen files prove or
 * what the last change did.
 */
final class ActionButtons {
    private ActionButtons() {
    }

    /** The three buttons; {@code idPrefix} tells the two tabs' apart. */
    static List<Button> of(EvidenceActions actions, I18n i18n, Supplier<Window> owner, String idPrefix) {
        Button describe = button(i18n.text("evidence.describe.button"), idPrefix + "DescribeButton");
        describe.disableProperty().bind(actions.canDescribe.not());
        describe.setOnAction(e -> DescriptionDialog.show(owner.get(), i18n, actions.describe()));
        Button link = button(i18n.text("evidence.link.button"), idPrefix + "LinkButton");
        link.disableProperty().bind(actions.canLink.not());
        link.setOnAction(e -> LinkDialog.show(owner.get(), i18n, actions.link()));
        Button unlink = button(i18n.text("evidence.unlink.button"), idPrefix + "UnlinkButton");
        unlink.disableProperty().bind(actions.canUnlink.not());
        unlink.setOnAction(e -> UnlinkDialog.show(owner.get(), i18n, actions.unlink()));
        return List.of(describe, link, unlink);
    }

    /** The line under a tab: {@link EvidenceActions#line()}, else the text of {@code noneKey} (how to choose files). */
    static Label line(EvidenceActions actions, I18n i18n, String idPrefix, String noneKey) {
        Label line = new Label();
        line.setId(idPrefix + "ChosenLine");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add("evidence-chosen-line");
        line.textProperty().bind(Bindings.when(actions.line().isEmpty()).then(i18n.text(noneKey)).otherwise(actions.line()));
        return line;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }
}
