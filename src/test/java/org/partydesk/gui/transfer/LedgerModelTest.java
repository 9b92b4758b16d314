package org.partydesk.gui.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.MeetingLedgerImport;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.gui.common.I18n;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** The view model of the Excel ledgers pane on a real SQLite file and workbooks made with POI, without a robot. */
class LedgerModelTest {
    @TempDir
    Path dir;

    /** A titled roster of two in one branch, dated 2025-12-31 in its title. */
    private static SheetMaker roster() {
        return new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", id("42010219850317123"), "第一党支部", "2010.07.01")
                .row("李四", id("42010219900101234"), "第一党支部", "2012年7月");
    }

    /** As Excel saves the files, and as LibreOffice or WPS save them as .ods. */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void aRosterIsPreviewedWithItsDateThenImportedAndAFileWithAnErrorIsRefusedWithItsAnnotatedCopy(String format) throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("l.db"), "干事")) {
            LedgerModel m = new LedgerModel(ws, new I18n(Locale.SIMPLIFIED_CHINESE));
            Path roster = roster().save(dir.resolve("花名册." + format));

            LedgerModel.Preview p = m.read(LedgerKind.MEMBERS, roster, null, Map.of(), Progress.NONE);
            assertThat(p.summary()).startsWith("“花名册." + format + "”预览（尚未写入）：");
            assertThat(p.records()).hasSize(2);
            assertThat(p.recordSheets()).isFalse();
            assertThat(p.asOf()).as("a roster's date").isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(p.applyDisabled()).isFalse();
            assertThat(p.duplicatesText()).isEmpty();
            assertThat(new MemberRepository(ws.database()).all()).as("nothing written by a preview").isEmpty();

            LedgerModel.Preview dated = m.read(LedgerKind.MEMBERS, roster, LocalDate.of(2025, 6, 30), Map.of(), Progress.NONE);
            assertThat(dated.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));

            ImportPreview done = m.apply(p.importer(), MeetingLedgerImport.Duplicates.STOP, Progress.NONE);
            assertThat(m.imported(p.importer(), done)).startsWith("已导入“花名册." + format + "”：");
            assertThat(new MemberRepository(ws.database()).all()).hasSize(2);

            Path bad = new SheetMaker()
                    .row("姓名", "身份证号", "所在党支部", "入党日期")
                    .row("王五", "12345", "第一党支部", "2010.07.01")
                    .save(dir.resolve("有错的花名册." + format));
            LedgerModel.Preview refused = m.read(LedgerKind.MEMBERS, bad, null, Map.of(), Progress.NONE);
            assertThat(refused.applyDisabled()).isTrue();
            assertThat(refused.annotatedDisabled()).isFalse();
            assertThat(refused.messages()).first().satisfies(msg -> {
                assertThat(msg.error()).isTrue();
                assertThat(msg.row()).isEqualTo(2);
            });
            assertThat(m.annotatedName(refused.importer())).isEqualTo("有错的花名册-导入结果.xlsx"); // an .xlsx, whatever the file was
            Path annotated = m.saveAnnotated(refused.importer(), dir.resolve("批注.xlsx"));
            assertThat(Files.size(annotated)).isPositive();

            assertThat(Files.size(m.template(LedgerKind.COMMENDATIONS, dir.resolve("模板.xlsx")))).isPositive();
            assertThat(m.export(LedgerKind.MEMBERS, dir.resolve("导出.xlsx"), 2025, null, Progress.NONE)).isEqualTo(2);
            assertThat(m.asOf("2025年12月31日")).as("as the ledgers write it").isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(m.asOfProblem.get()).isEmpty();
            assertThat(m.asOf("2025-13-01")).isNull();
            assertThat(m.asOfProblem.get()).as("said, not silently reverted").isEqualTo("日期“2025-13-01”的月份应在1到12之间");
            assertThat(m.asOf("2025.12.30")).isEqualTo(LocalDate.of(2025, 12, 30));
            assertThat(m.asOfProblem.get()).isEmpty();
            assertThat(m.year(" 2025 ")).isEqualTo(2025);
            assertThat(m.year("2026年")).isEqualTo(2026);
            assertThat(m.year("  ")).as("every year").isNull();
            for (String wrong : List.of("25", "20x6", "2026年度", "二〇二六")) {
                assertThatThrownBy(() -> m.year(wrong)).as(wrong).isInstanceOf(InputRejectedException.class)
                        .hasMessage("年份应写作四位数字，如2026（不填则导出全部年份）");
            }
            assertThat(LedgerModel.unit("  ")).isNull();
            assertThat(LedgerModel.unit(" 第一党支部 ")).isEqualTo("第一党支部");
        }
    }
}
