package org.partydesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partydesk.gui.RobotTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At 16 pt on a narrow stage: the tool row wraps with every text whole, the header columns fit their text. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class FitScreenTest {
    private Button add;
    private Label count;
    private CheckBox left;
    private ComboBox<String> unit;
    private TextField filter;
    private Separator line;
    private TableColumn<String, String> status;
    private TableView<String> table;
    private FlowPane row;
    private Stage own;

    @Start
    void start(Stage stage) {
        add = new Button("新建组织…");
        count = new Label("7 名党员");
        left = new CheckBox("含已转出");
        unit = new ComboBox<>(javafx.collections.FXCollections.observableArrayList("全部组织"));
        filter = new TextField();
        line = new Separator();
        TableColumn<String, String> gender = new TableColumn<>("性别");
        status = new TableColumn<>("党员类别");
        table = new TableView<>();
        row = Fit.toolbar(filter, left, add, line, unit, count);
        gender.setPrefWidth(20);
        status.setPrefWidth(20);
        table.getColumns().addAll(List.of(gender, status, new TableColumn<>("人员类别"), new TableColumn<>("所在党支部")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        VBox root = new VBox(row, table);
        root.setStyle("-fx-font-size: 16pt;");
        // a stage of its own: the toolkit's stage is shared by the robot tests of one run (an earlier one may have
        // sized it, and a narrow one left behind would hide the next test's controls)
        own = new Stage();
        own.setScene(new Scene(root, 170, 400));
        own.show();
    }

    @Test
    void textsStayWholeAtSixteenPoints(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Region r : List.of(add, count, left, unit)) {
            assertThat(r.getMinWidth()).as(r.toString()).isEqualTo(Region.USE_PREF_SIZE);
            assertThat(r.getWidth()).as(r.toString()).isGreaterThanOrEqualTo(r.prefWidth(-1) - 0.5);
        }
        assertThat(filter.getMinWidth()).isEqualTo(Region.USE_COMPUTED_SIZE);
        assertThat(line.getOrientation()).isEqualTo(Orientation.VERTICAL);
        assertThat(row.getHeight()).as("the row wraps").isGreaterThan(2 * add.getHeight());
        Button later = new Button("转入党员…");
        robot.interact(() -> row.getChildren().add(later));
        assertThat(later.getMinWidth()).isEqualTo(Region.USE_PREF_SIZE);

        Label header = (Label) table.lookup(".column-header .label");
        Text text = new Text("党员类别");
        text.setFont(header.getFont());
        assertThat(header.getFont().getSize()).isGreaterThan(20);
        assertThat(status.getMinWidth()).isGreaterThan(text.getLayoutBounds().getWidth());
        assertThat(status.getWidth()).isGreaterThan(text.getLayoutBounds().getWidth());
        assertThat(table.getColumnResizePolicy()).as("narrower than its columns: scrolls sideways")
                .isSameAs(TableView.UNCONSTRAINED_RESIZE_POLICY);
        robot.interact(() -> table.getScene().getWindow().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getColumnResizePolicy()).isSameAs(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    @Test
    void backAtThirteenPointsTheControlsAndTheColumnsShrinkAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double columnAt16 = status.getMinWidth();
        double buttonAt16 = add.getWidth();
        robot.interact(() -> row.getParent().setStyle("-fx-font-size: 13pt;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.getWidth()).as("the button follows the smaller text").isLessThan(buttonAt16);
        assertThat(add.getWidth()).isGreaterThanOrEqualTo(add.prefWidth(-1) - 0.5);
        assertThat(status.getMinWidth()).as("the column's minimum follows the smaller header").isLessThan(columnAt16);
        Label header = (Label) table.lookup(".column-header .label");
        Text text = new Text("党员类别");
        text.setFont(header.getFont());
        assertThat(status.getMinWidth()).isGreaterThan(text.getLayoutBounds().getWidth());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }
}
