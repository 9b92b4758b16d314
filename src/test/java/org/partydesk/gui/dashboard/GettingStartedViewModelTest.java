package org.partydesk.gui.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.app.dashboard.GettingStarted.StepKind;
import org.partydesk.app.org.Organisation;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.dashboard.GettingStartedViewModel.StepLine;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The getting-started steps of a bureau that starts from a blank database, step by step; no robot. */
class GettingStartedViewModelTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private GettingStartedViewModel model;
    /** The 机关党委 the first run creates. */
    private int organ;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("new.db"), "李文");
        organ = new Organisation(ws).setUpBureau("某市生态环境局", "李文");
        model = new GettingStartedViewModel(ws, new I18n(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aBlankBureauHasOnlyItsNameAndIsLedToTheRosterFirst() {
        model.show(model.read());
        assertThat(model.visibleProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo("已完成 1/5 步");
        assertThat(model.lines()).extracting(StepLine::kind).containsExactly(StepKind.BUREAU, StepKind.ROSTER,
                StepKind.COMMITTEES, StepKind.LEDGERS, StepKind.COMPLIANCE);
        assertThat(model.lines()).extracting(StepLine::done).containsExactly(true, false, false, false, false);
        assertThat(model.lines().get(0).detail()).isEqualTo("单位：某市生态环境局");
        assertThat(model.lines().get(1).detail()).contains("党员花名册").contains("截至");
        assertThat(model.lines().get(1).sectionId()).isEqualTo(Sections.TRANSFER);
        assertThat(model.lines().get(4).detail()).contains("导入会议后");
    }

    @Test
    void eachStepIsDoneWhenItsDataIsThereAndTheStepsGoAwayWhenAllAre() {
        MeetingFixture f = new MeetingFixture(ws.database());
        int first = f.unit(organ, OrgKind.BRANCH, "机关第一党支部", 1);
        int second = f.unit(organ, OrgKind.BRANCH, "机关第二党支部", 2);
        int zhang = f.member("张伟");
        int li = f.member("李娜", MemberStatus.PROBATIONARY);
        int zhao = f.member("赵敏");
        LocalDate start = LocalDate.of(2020, 1, 1);
        f.belongs(zhang, first, start, null);
        f.belongs(li, first, start, null);
        f.belongs(zhao, second, start, null);
        f.role(zhang, first, CommitteeRole.SECRETARY, start);

        model.show(model.read());
        assertThat(model.lines()).extracting(StepLine::done).containsExactly(true, true, false, false, false);
        assertThat(model.lines().get(1).detail()).isEqualTo("已有 3 名党员，2 个党支部");
        assertThat(model.lines().get(2).detail()).startsWith("已登记支部委员的党支部 1/2 个");

        f.role(zhao, second, CommitteeRole.SECRETARY, start);
        f.meeting(first, LocalDateTime.of(2024, 3, 8, 9, 0), MeetingType.BRANCH_COMMITTEE);
        f.meeting(second, LocalDateTime.of(2025, 6, 25, 14, 30), MeetingType.THEMED_PARTY_DAY);
        model.show(model.read());
        assertThat(model.lines()).extracting(StepLine::done).containsExactly(true, true, true, true, false);
        assertThat(model.lines().get(2).detail()).isEqualTo("2 个党支部都已登记支部委员");
        assertThat(model.lines().get(3).detail()).isEqualTo("已有 2 次会议（2024–2025 年）");
        assertThat(model.visibleProperty().get()).isTrue();

        assertThat(model.open(model.lines().get(4))).isEqualTo(Sections.MEETINGS);
        model.show(model.read());
        assertThat(model.lines().get(4).done()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo("已完成 5/5 步");
        assertThat(model.visibleProperty().get()).isFalse();
    }

    @Test
    void theRosterStepNamesTheDateOfTheNewestRosterImported() throws Exception {
        Path roster = new SheetMaker()
                .row("某市生态环境局机关党委党员花名册（截至2025年12月31日）").mergeLast(0, 4)
                .row("序号", "姓名", "身份证号", "所在党支部", "党内职务")
                .row(1, "张伟", SheetMaker.id("42010219850312011"), "机关第一党支部", "书记")
                .row(2, "李娜", SheetMaker.id("42010219960704022"), "机关第一党支部", "组织委员")
                .row("填报人：王芳　　填报日期：2026年1月5日")
                .xlsx(dir.resolve("花名册.xlsx"));
        LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE);
        model.show(model.read());
        assertThat(model.lines().get(1).detail()).isEqualTo("已有 2 名党员，1 个党支部；最近导入的名册截至 2025-12-31");
        assertThat(model.lines().get(2).done()).as("党内职务 recorded the committee").isTrue();
    }

    @Test
    void aDatabaseBegunWithALedgerImportAsksForTheBureausNameInTheSettings() throws Exception {
        try (Workspace imported = Workspace.open(dir.resolve("imported.db"), "李文")) {
            Path roster = new SheetMaker()
                    .row("姓名", "身份证号", "所在党支部")
                    .row("张伟", SheetMaker.id("42010219850312011"), "机关第一党支部")
                    .xlsx(dir.resolve("名册.xlsx"));
            LedgerImporter.importFile(LedgerKind.MEMBERS, imported, roster, true, Progress.NONE);
            GettingStartedViewModel steps = new GettingStartedViewModel(imported, new I18n(Locale.SIMPLIFIED_CHINESE));
            steps.show(steps.read());
            assertThat(steps.lines().get(0).done()).isFalse();
            assertThat(steps.lines().get(0).detail()).contains("还没有填写本单位名称", "设置");
            assertThat(steps.lines().get(0).sectionId()).isEqualTo(Sections.SETTINGS);
            new Organisation(imported).setBureauName("  某县生态环境局 ");
            steps.show(steps.read());
            assertThat(steps.lines().get(0).detail()).isEqualTo("单位：某县生态环境局");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Organisation(imported).setBureauName(" "))
                    .hasMessage("请填写单位名称");
        }
    }

    @Test
    void hiddenStepsStayHidden() {
        model.show(model.read());
        model.hide();
        assertThat(model.visibleProperty().get()).isFalse();
        GettingStartedViewModel again = new GettingStartedViewModel(ws, new I18n(Locale.SIMPLIFIED_CHINESE));
        again.show(again.read());
        assertThat(again.visibleProperty().get()).isFalse();
    }
}
