package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.MEMBER;

/**
 * Values no clerk types but a crafted or broken file holds are refused while reading, by the same rules as
 * text: a part that unpacks to more than a ledger could hold, a cell over Excel's 32,767 characters, and a
 * date Excel stores as a number far outside the years a ledger may have.
 */
class OversizedCellsTest {
    @TempDir
    Path dir;

    @Test
    void aSharedStringOfHundredsOfMegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path bomb = MillionRows.hugeText(dir.resolve("名册.xlsx"), 200L << 20, true);
        try (Workspace ws = Workspace.open(dir.resolve("b.db"), "测试")) {
            assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEMBERS, ws, bomb, true, Progress.NONE))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining("名册.xlsx").hasMessageContaining("sharedStrings.xml").hasMessageContaining("未读取");
            assertThat(ws.database().read().fetchCount(MEMBER)).isZero();
        }
    }

    @Test
    void sharedStringsOfHundredsOfMegabytesUnderAnotherNameAreRefusedBeforeTheyAreRead() throws Exception {
        Path bomb = MillionRows.hugeText(dir.resolve("名册.xlsx"), 200L << 20, "strings.xml");
        try (Workspace ws = Workspace.open(dir.resolve("b.db"), "测试")) {
            assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEMBERS, ws, bomb, true, Progress.NONE))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining("名册.xlsx").hasMessageContaining("xl/strings.xml").hasMessageContaining("未读取");
            assertThat(ws.database().read().fetchCount(MEMBER)).isZero();
        }
    }

    @Test
    void aCellLongerThanExcelAllowsIsAnErrorNamingItsCell() throws Exception {
        Path file = MillionRows.hugeText(dir.resolve("长.xlsx"), 100_000, false);
        try (Workspace ws = Workspace.open(dir.resolve("b.db"), "测试")) {
            ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
            assertThat(p.errors()).extracting(ImportMessage::text).anySatisfy(t -> assertThat(t)
                    .contains("第2行", "C列", "100000 个字符", "32767"));
            assertThat(ws.database().read().fetchCount(MEMBER)).isZero();
        }
    }

    @Test
    void aDateCellInYear4188689IsRefusedLikeTheSameTypedDate() throws Exception {
        Path file = new SheetMaker().sheet("党员名册").row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("周七", SheetMaker.id("11010519491231002"), "第一党支部", LocalDate.of(4188, 1, 1))
                .xlsx(dir.resolve("日期.xlsx"));
        try (Workspace ws = Workspace.open(dir.resolve("b.db"), "测试")) {
            ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, false, Progress.NONE);
            assertThat(p.errors()).extracting(ImportMessage::text).anySatisfy(t -> assertThat(t).contains("年份不合理"));
        }
    }

    @Test
    void verifyReportsSuchValuesWhenTheyAreAlreadyStored() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("b.db"), "测试")) {
            org.partydesk.store.RosterFixture.fill(ws.database());
            assertThat(org.partydesk.app.VerifyDatabase.run(ws).ok()).isTrue();
            ws.database().write("测试", tx -> {
                tx.dsl().update(MEMBER).set(MEMBER.NOTES, "长".repeat(40_000)).where(MEMBER.NAME.eq("张伟")).execute();
                return tx.dsl().update(MEMBER).set(MEMBER.JOINED_ON, LocalDate.of(4188, 1, 1)).where(MEMBER.NAME.eq("李娜")).execute();
            });
            var verify = org.partydesk.app.VerifyDatabase.run(ws);
            assertThat(verify.ok()).isFalse();
            assertThat(String.join("\n", verify.problems())).contains("表 member 的 notes 列有 1 行文字超过 32767 个字符",
                    "表 member 的 joined_on 列有 1 行日期不在 1900–2100 年之间");
        }
    }
}
