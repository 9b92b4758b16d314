package org.partydesk.gui.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportOptions;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.LedgerFields;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.gui.common.I18n;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.model.Member;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The dropdown per column of the ledger preview (decision 0016), without a robot: choices, a change, the import. */
class ColumnMapModelTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private final ColumnMapModel model = new ColumnMapModel(new I18n(Locale.SIMPLIFIED_CHINESE));
    private final List<Map<String, String>> previewedWith = new ArrayList<>();

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        model.onChange(() -> previewedWith.add(model.mapping()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportPreview preview(Path file) {
        return LedgerImporter.open(LedgerKind.MEMBERS, ws, file, ImportOptions.NONE.withColumns(model.mapping()), Progress.NONE)
                .preview();
    }

    private ColumnMapModel.Row row(String header) {
        return model.rows().stream().filter(r -> r.header().equals(header)).findFirst().orElseThrow();
    }

    private ColumnMapModel.Choice choice(String label) {
        return model.choices().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void eachColumnHasADropdownOfTheKindsFieldsAndAChangePreviewsAgainAndIsImported() throws Exception {
        Path roster = Path.of(getClass().getResource("/ledgers/mapping/花名册-自定列名.xlsx").toURI());
        model.show(LedgerKind.MEMBERS, preview(roster));
        assertThat(model.rows()).extracting(ColumnMapModel.Row::header)
                .containsExactly("序号", "姓名", "性别", "居民身份证号", "所属党组织", "所任岗位", "入党时间", "备注");
        assertThat(model.choices()).extracting(ColumnMapModel.Choice::label)
                .startsWith("姓名", "性别", "民族").contains("职务", "政治面貌").endsWith("未识别（不导入）", "忽略（不导入）");
        assertThat(row("所任岗位").choice().get().label()).isEqualTo("未识别（不导入）");
        assertThat(row("所任岗位").samples()).isEqualTo("科长、副科长、一级主任科员");
        assertThat(row("姓名").choice().get().key()).isEqualTo(MemberLedger.NAME);
        assertThat(row("所任岗位").column()).isEqualTo("F");
        assertThat(previewedWith).isEmpty();

        row("所任岗位").choice().set(choice("职务"));
        assertThat(previewedWith).containsExactly(Map.of("所任岗位", MemberLedger.JOB_TITLE));
        row("居民身份证号").choice().set(choice("身份证号"));
        row("所属党组织").choice().set(choice("所在党支部"));
        row("备注").choice().set(choice("忽略（不导入）"));
        assertThat(model.mapping()).containsEntry("备注", LedgerFields.IGNORE).hasSize(4);

        // the pane previews again with the mapping: the choices stay, the import uses them
        ImportPreview again = preview(roster);
        model.show(LedgerKind.MEMBERS, again);
        assertThat(again.errors()).isEmpty();
        assertThat(row("所任岗位").choice().get().label()).isEqualTo("职务");
        assertThat(model.mapping()).hasSize(4);
        assertThat(previewedWith).hasSize(4);
        LedgerImporter.open(LedgerKind.MEMBERS, ws, roster, ImportOptions.NONE.withColumns(model.mapping()), Progress.NONE)
                .apply(Progress.NONE);
        assertThat(new MemberRepository(ws.database()).all()).extracting(Member::jobTitle)
                .containsExactlyInAnyOrder("科长", "副科长", "一级主任科员");

        // another file with the same header: the remembered mapping shows, with its note
        model.reset();
        model.show(LedgerKind.MEMBERS, preview(Path.of(getClass().getResource("/ledgers/mapping/花名册-自定列名-第二批.xlsx").toURI())));
        assertThat(model.mapping()).isEmpty();
        assertThat(row("所任岗位").choice().get().label()).isEqualTo("职务");
        assertThat(model.note().get()).startsWith("已按上次的列对应导入：");
    }
}
