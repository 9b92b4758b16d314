package org.partydesk.gui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.reports.Reports;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.Rating;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The view models of 支部季度报告 and 统计表 on a real SQLite file with the small roster, without a robot. */
class ReportPaneModelsTest {
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void theQuarterListsEveryBranchWithItsRatingAndWritesTheChosenBranchsReport() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("q.db"), "干事")) {
            RosterFixture.fill(ws.database());
            int year = LocalDate.now().getYear();
            QuarterlyModel m = new QuarterlyModel(new Reports(ws), new ComplianceCheck(ws), Background.sameThread(I18N), I18N,
                    year, 1);
            assertThat(m.branches).isEmpty();
            m.refresh();
            assertThat(m.branches).contains(RosterFixture.BRANCH_1, RosterFixture.BRANCH_2);
            assertThat(m.branch.get()).isEqualTo(m.branches.get(0));
            assertThat(m.rows).extracting(b -> b.branch()).containsExactlyInAnyOrderElementsOf(m.branches);
            assertThat(m.rows).allSatisfy(b -> {
                assertThat(b.rating()).as("no meeting held").isNotEqualTo(Rating.GREEN);
                assertThat(m.shortfalls(b)).contains("：0/");
                assertThat(m.held(b)).isEmpty();
            });

            m.choose(m.rows.stream().filter(b -> b.branch().equals(RosterFixture.BRANCH_2)).findFirst().orElseThrow());
            assertThat(m.branch.get()).isEqualTo(RosterFixture.BRANCH_2);
            assertThat(m.ready()).isTrue();
            assertThat(m.fileName()).contains(RosterFixture.BRANCH_2).contains(String.valueOf(year));
            List<List<String>> missing = new ArrayList<>();
            m.missing(missing::add);
            assertThat(missing).singleElement().satisfies(l -> assertThat(l).as("the year has no meetings").isNotEmpty());

            assertThat(m.written.get()).isNull();
            assertThat(m.writtenText.get()).isEqualTo(I18N.text("reports.quarterly.none"));
            Path docx = dir.resolve("季度报告.docx");
            m.write(docx);
            assertThat(Files.size(docx)).isPositive();
            assertThat(m.written.get()).isEqualTo(docx);
            assertThat(m.writtenText.get()).isEqualTo("已生成：" + docx);

            m.quarter.set(2);
            m.refresh();
            assertThat(m.branch.get()).as("the chosen branch stays chosen").isEqualTo(RosterFixture.BRANCH_2);
        }
    }

    @Test
    void theYearsFiguresFillBothTablesAndTheWorkbookIsWritten() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"), "干事")) {
            RosterFixture.fill(ws.database());
            int year = LocalDate.now().getYear();
            WorkbookModel m = new WorkbookModel(new Reports(ws), Background.sameThread(I18N), I18N, year);
            m.refresh();
            assertThat(m.totals).first().isEqualTo(new WorkbookModel.Line("党员总数", "5", ""));
            assertThat(m.totals).extracting(WorkbookModel.Line::name).contains("支部党员大会", "国家级", "局级");
            assertThat(m.perBranch).extracting(WorkbookModel.Line::name).contains(RosterFixture.BRANCH_1, RosterFixture.BRANCH_2);
            assertThat(m.perBranch).allSatisfy(l -> assertThat(l.extra()).as("meetings").isEqualTo("0"));
            assertThat(m.perBranch.stream().mapToInt(l -> Integer.parseInt(l.value())).sum()).isEqualTo(5);

            assertThat(m.fileName()).contains(String.valueOf(year));
            Path xlsx = dir.resolve("统计表.xlsx");
            List<Path> done = new ArrayList<>();
            m.write(xlsx, done::add);
            assertThat(done).containsExactly(xlsx);
            assertThat(Files.size(xlsx)).isPositive();
            assertThat(m.written.get()).isEqualTo(xlsx);
            assertThat(m.writtenText.get()).isEqualTo("已生成：" + xlsx);
        }
    }
}
