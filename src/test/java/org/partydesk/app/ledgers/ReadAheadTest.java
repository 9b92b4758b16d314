package org.partydesk.app.ledgers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.ledgers.MemberEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A roster read on a second thread while the database opens (decision 0025) is the import's own reading when it fits,
 * and is read again when it does not: the same preview, messages and refusals either way.
 */
class ReadAheadTest {
    @TempDir
    Path dir;

    private static boolean readingAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("partydesk-read-ahead") && t.isAlive());
    }

    @Test
    void aRosterReadAheadGivesTheSamePreviewAndIsTakenOnlyWhenItWasReadAsTheImportReads() throws Exception {
        Path file = LedgerImportTest.messy().xlsx(dir.resolve("花名册.xlsx"));
        LedgerImport.Preview alone;
        try (Workspace ws = Workspace.open(dir.resolve("a.db"), "测试")) {
            alone = LedgerImport.members(ws, file).preview();
        }
        try (ReadAhead ahead = ReadAhead.start(LedgerKind.MEMBERS, file, ImportOptions.NONE);
             Workspace ws = Workspace.open(dir.resolve("b.db"), "测试")) {
            LocalDate today = LocalDate.now(ws.database().clock());
            ColumnMaps names = ColumnMaps.of(LedgerKind.MEMBERS, ws, file, ImportOptions.NONE);
            CheckedSheet<MemberEntry> taken = ahead.members(file, ImportOptions.NONE, names, today);
            assertThat(taken).isNotNull();
            assertThat(taken.rows()).hasSize(4);
            // another day, another sheet, another file: the import reads for itself
            assertThat(ahead.members(file, ImportOptions.NONE, names, today.plusDays(1))).isNull();
            assertThat(ahead.members(file, ImportOptions.NONE.withSheet("党员名册"), names, today)).isNull();
            assertThat(ahead.members(dir.resolve("别的.xlsx"), ImportOptions.NONE, names, today)).isNull();

            ImportPreview withAhead = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, ImportOptions.NONE, true,
                    Progress.NONE, ahead);
            assertThat(withAhead.summary()).isEqualTo(alone.summary());
            assertThat(withAhead.warnings()).isEqualTo(alone.warnings());
            assertThat(withAhead.records()).isEqualTo(alone.records());
        }
        assertThat(ReadAhead.start(LedgerKind.MEETINGS, file, ImportOptions.NONE)).isSameAs(ReadAhead.NONE);
        assertThat(ReadAhead.start(LedgerKind.MEMBERS, file, ImportOptions.NONE.withColumns(Map.of("备注", "忽略"))))
                .isSameAs(ReadAhead.NONE);
    }

    /** The reading ahead is taken when the import's options equal its own, made apart or not (equals written out). */
    @Test
    void optionsAreEqualWhenTheirSheetDateDuplicatesAndColumnsAre() {
        ImportOptions a = new ImportOptions("党员名册", LocalDate.of(2025, 12, 31), MeetingLedgerImport.Duplicates.SKIP,
                Map.of("人员编号", "忽略"));
        ImportOptions b = ImportOptions.NONE.withSheet("党员名册").withAsOf(LocalDate.of(2025, 12, 31))
                .withDuplicates(MeetingLedgerImport.Duplicates.SKIP).withColumn("人员编号", "忽略");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(new ImportOptions(null, null, null, null)).isEqualTo(ImportOptions.NONE).hasSameHashCodeAs(ImportOptions.NONE);
        assertThat(List.of(a.withSheet("第二党支部"), a.withAsOf(LocalDate.of(2025, 6, 30)),
                a.withDuplicates(MeetingLedgerImport.Duplicates.ADD), a.withColumn("备注", "忽略"), ImportOptions.NONE))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(a));
        assertThat(a).isNotEqualTo(null).isNotEqualTo("党员名册");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsWithoutReadingAhead() throws Exception {
        Path file = Files.writeString(dir.resolve("名册.xlsx"), "姓名,身份证号\n张三,1\n");
        String alone;
        try (Workspace ws = Workspace.open(dir.resolve("a.db"), "测试")) {
            alone = org.junit.jupiter.api.Assertions.assertThrows(InputRejectedException.class,
                    () -> LedgerImport.members(ws, file)).getMessage();
        }
        try (ReadAhead ahead = ReadAhead.start(LedgerKind.MEMBERS, file, ImportOptions.NONE);
             Workspace ws = Workspace.open(dir.resolve("b.db"), "测试")) {
            assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, ImportOptions.NONE, true,
                    Progress.NONE, ahead)).isInstanceOf(InputRejectedException.class).hasMessage(alone);
        }
    }

    @Test
    void theRowsAreHandedOverInFileOrderAsTheyAreCheckedAndOnlyOnce() throws Exception {
        SheetMaker roster = new SheetMaker().row("党员名册").row("姓名", "身份证号", "所在党支部");
        for (int i = 0; i < 600; i++) { // more than two handovers
            roster.row("党员" + i, SheetMaker.id(String.format("420102198502%02d%03d", i % 28 + 1, i / 28)), "第一党支部");
        }
        roster.row("党员错行", "12345", "第一党支部"); // an error: not handed over
        Path file = roster.xlsx(dir.resolve("花名册.xlsx"));
        try (ReadAhead ahead = ReadAhead.start(LedgerKind.MEMBERS, file, ImportOptions.NONE);
             Workspace ws = Workspace.open(dir.resolve("c.db"), "测试")) {
            LocalDate today = LocalDate.now(ws.database().clock());
            ColumnMaps names = ColumnMaps.of(LedgerKind.MEMBERS, ws, file, ImportOptions.NONE);
            assertThat(ahead.rows(file, ImportOptions.NONE.withSheet("别的"), names, today)).isNull();
            ReadAhead.Rows rows = ahead.rows(file, ImportOptions.NONE, names, today);
            java.util.List<CheckedSheet.Row<MemberEntry>> handed = new java.util.ArrayList<>();
            rows.forEachRemaining(handed::add);
            assertThat(handed).hasSize(600).containsExactlyElementsOf(rows.sheet().rows());
            assertThat(handed.get(0).entry().name()).isEqualTo("党员0");
            assertThat(ahead.rows(file, ImportOptions.NONE, names, today)).isNull();
        }
    }

    @Test
    void aReadingNobodyTakesEndsBeforeCloseReturns() throws Exception {
        SheetMaker roster = new SheetMaker().row("姓名", "身份证号", "所在党支部");
        for (int i = 0; i < 5000; i++) {
            roster.row("党员" + i, SheetMaker.id(String.format("420102198501%02d%03d", i % 28 + 1, i / 28)), "第一党支部");
        }
        Path file = roster.xlsx(dir.resolve("花名册.xlsx"));
        ReadAhead ahead = ReadAhead.start(LedgerKind.MEMBERS, file, ImportOptions.NONE);
        ahead.close(); // e.g. the database could not be opened: the reading is stopped, and gone when close returns
        assertThat(readingAlive()).isFalse();
    }
}
