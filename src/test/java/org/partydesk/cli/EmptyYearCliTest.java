package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.model.OrgKind;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stats} and {@code report annual|quarterly|workbook} of a year without members or meetings say what is
 * missing and exit 3, writing no file, unless {@code --allow-empty}.
 */
class EmptyYearCliTest {
    @TempDir
    Path dir;

    LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    /** The commands here read a database: it exists, empty (a missing one is refused, see MissingDatabaseTest). */
    @BeforeEach
    void emptyDatabase() {
        Workspace.open(dir.resolve("t.db"), "测试").close();
    }

    @Test
    void anEmptyDatabaseIsRefusedWithWhatIsMissingUnlessAllowed() {
        LedgerCliTest.Run stats = cli("stats", "--year", "2025");
        assertThat(stats.code()).isEqualTo(3);
        assertThat(stats.err()).contains("2025年没有在册党员：请先导入花名册", "2025年没有会议记录：请先导入三会一课台账或登记会议",
                "--allow-empty");
        assertThat(stats.out()).isEmpty();
        assertThat(cli("stats", "--year", "2025", "--allow-empty").code()).isZero();

        Path docx = dir.resolve("总结.docx");
        LedgerCliTest.Run annual = cli("report", "annual", "--year", "2025", "--out", docx.toString());
        assertThat(annual.code()).isEqualTo(3);
        assertThat(annual.err()).contains("2025年没有在册党员");
        assertThat(docx).doesNotExist();
        Path xlsx = dir.resolve("统计表.xlsx");
        assertThat(cli("report", "workbook", "--year", "2025", "--out", xlsx.toString()).code()).isEqualTo(3);
        assertThat(xlsx).doesNotExist();

        LedgerCliTest.Run allowed = cli("report", "annual", "--year", "2025", "--out", docx.toString(), "--allow-empty");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(docx).exists();
    }

    @Test
    void aYearWithMembersButNoMeetingsNamesOnlyTheMeetings() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int branch = f.unit(f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 0), OrgKind.BRANCH, "第一党支部", 1);
            f.belongs(f.member("张三"), branch, LocalDate.of(2020, 1, 1), null);
        }
        Path docx = dir.resolve("季度.docx");
        LedgerCliTest.Run quarterly = cli("report", "quarterly", "--branch", "第一党支部", "--year", "2025", "--quarter", "2",
                "--out", docx.toString());
        assertThat(quarterly.code()).isEqualTo(3);
        assertThat(quarterly.err()).contains("2025年没有会议记录：请先导入三会一课台账或登记会议").doesNotContain("没有在册党员");
        assertThat(docx).doesNotExist();
        assertThat(cli("report", "quarterly", "--branch", "第一党支部", "--year", "2025", "--quarter", "2",
                "--out", docx.toString(), "--allow-empty").code()).isZero();
        assertThat(Files.size(docx)).isPositive();
    }
}
