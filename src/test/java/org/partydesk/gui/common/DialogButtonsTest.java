package org.partydesk.gui.common;

import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partydesk.gui.RobotTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard buttons of a dialog follow the window's language, whatever locale JavaFX named them in (decision 0058):
 * an English window's form and question say OK / Cancel / Yes / No, a Chinese window's 确定 / 取消; a button a form
 * named itself keeps its name.
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class DialogButtonsTest {
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private Stage stage;
    private Dialog<Boolean> form;
    private Alert question;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void chineseAgain(FxRobot robot) {
        robot.interact(() -> {
            if (form != null) {
                form.close();
            }
            if (question != null) {
                question.close();
            }
            DialogButtons.follow(ZH); // as the other tests' windows are
        });
    }

    @Test
    void anEnglishWindowsDialogsSayOkCancelYesAndNo(FxRobot robot) {
        robot.interact(() -> {
            DialogButtons.follow(EN);
            form = Forms.dialog(stage, "form");
            form.show();
            question = new Alert(Alert.AlertType.CONFIRMATION, "?", ButtonType.YES, ButtonType.NO);
            question.initOwner(stage);
            question.show();
        });

        assertThat(text(form, ButtonType.OK)).isEqualTo("OK");
        assertThat(text(form, ButtonType.CANCEL)).isEqualTo("Cancel");
        assertThat(text(question, ButtonType.YES)).isEqualTo("Yes");
        assertThat(text(question, ButtonType.NO)).isEqualTo("No");
    }

    @Test
    void aChineseWindowsFormSaysQuXiaoAndKeepsTheNameItGaveItsOwnButton(FxRobot robot) {
        robot.interact(() -> {
            DialogButtons.follow(ZH);
            form = Forms.dialog(stage, "表单");
            ((Button) form.getDialogPane().lookupButton(ButtonType.OK)).setText("保存");
            form.show();
        });

        assertThat(text(form, ButtonType.OK)).isEqualTo("保存");
        assertThat(text(form, ButtonType.CANCEL)).isEqualTo("取消");
    }

    private static String text(Dialog<?> dialog, ButtonType type) {
        return ((Button) dialog.getDialogPane().lookupButton(type)).getText();
    }
}
