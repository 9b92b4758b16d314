package org.partydesk.gui.evidence;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceFile;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.TestScreens;
import org.partydesk.model.EvidenceRecordType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The 佐证材料 gallery on a real SQLite file with a photo linked to a commendation and a loose text file. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class EvidenceViewTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private EvidenceView view;

    @Start
    void start(Stage stage) throws Exception {
        ws = Workspace.open(dir.resolve("evidence.db"), "tester");
        Path photo = dir.resolve("表彰大会.png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xC62828);
        ImageIO.write(image, "png", photo.toFile());
        Path notice = Files.writeString(dir.resolve("通知.txt"), "关于开展评先创优的通知");
        EvidenceService service = new EvidenceService(ws);
        service.addFiles(List.of(photo), EvidenceRecordType.COMMENDATION, 1, Progress.NONE);
        service.addFiles(List.of(notice), null, null, Progress.NONE);
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        view = new EvidenceView(ws, i18n, Background.sameThread(i18n));
        TestScreens.show(stage, view.root(), 1024, 700);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void tilesShowThumbnailsAndFollowTheTypeFilter(FxRobot robot) throws Exception {
        assertThat(tiles(robot)).hasSize(2);
        ImageView thumbnail = robot.lookup(".evidence-thumbnail").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thumbnail.getImage().getProgress() == 1.0);
        assertThat(thumbnail.getImage().isError()).isFalse();
        assertThat(robot.lookup("表彰大会.png").tryQuery()).isPresent();
        assertThat(robot.lookup("TXT").tryQuery()).isPresent();

        @SuppressWarnings("unchecked")
        ComboBox<Object> type = robot.lookup("#typeFilter").queryAs(ComboBox.class);
        robot.interact(() -> type.getSelectionModel().select(type.getItems().stream()
                .filter(c -> c.toString().equals("评先创优")).findFirst().orElseThrow()));
        assertThat(tiles(robot)).extracting(n -> ((EvidenceFile) n.getUserData()).originalName())
                .containsExactly("表彰大会.png");
    }

    @Test
    void addedFilesAppearAndVerifyReportsAMissingFile(FxRobot robot) throws Exception {
        Path minutes = Files.writeString(dir.resolve("会议记录.txt"), "支部委员会会议记录");
        robot.interact(() -> view.add(List.of(minutes)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tiles(robot).size() == 3);
        assertThat(robot.lookup(".status-bar").queryAs(Label.class).getText()).isEqualTo("已添加 1 个文件");

        EvidenceFile notice = new EvidenceService(ws).files(null, null).stream()
                .filter(f -> f.originalName().equals("通知.txt")).findFirst().orElseThrow();
        Files.delete(notice.file());
        robot.clickOn("#verifyButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane report = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(report.getContentText()).startsWith("已校验 3 个文件：缺失 1 个，被改动 0 个，多余 0 个")
                .contains("通知.txt");
    }

    @Test
    void aChosenPhotosCaptionIsChangedInItsForm(FxRobot robot) throws Exception {
        robot.clickOn("表彰大会.png");
        assertThat(robot.lookup("#galleryChosenLine").queryAs(Label.class).getText())
                .isEqualTo("已选“表彰大会.png”，佐证：评先创优：#1");
        robot.clickOn("#galleryDescribeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#describeCaption").tryQuery().isPresent());
        TextArea caption = robot.lookup("#describeCaption").queryAs(TextArea.class);
        robot.interact(() -> caption.setText("▲6月30日，局党组召开表彰大会。"));
        robot.clickOn((Button) robot.lookup("#describeDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#describeCaption").tryQuery().isEmpty());
        assertThat(robot.lookup("▲6月30日，局党组召开表彰大会。").tryQuery()).isPresent();
        assertThat(robot.lookup("#galleryChosenLine").queryAs(Label.class).getText()).isEqualTo("已修改“表彰大会.png”的说明。");
    }

    private static List<Node> tiles(FxRobot robot) {
        return robot.lookup("#gallery").queryAs(FlowPane.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("evidence-tile")).toList();
    }
}
