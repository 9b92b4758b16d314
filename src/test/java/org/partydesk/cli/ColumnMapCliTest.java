package org.partydesk.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.model.Member;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import --map "列名=字段"} (decision 0016): columns listed with --verbose, mapped, remembered; a bad field is a usage error. */
class ColumnMapCliTest {
    @TempDir
    Path dir;

    static String workbook(String name) throws Exception {
        return Path.of(ColumnMapCliTest.class.getResource("/ledgers/mapping/" + name).toURI()).toString();
    }

    LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    @Test
    void verboseListsEachColumnAndMapImportsAndIsRememberedForTheNextFile() throws Exception {
        String roster = workbook("花名册-自定列名.xlsx");
        LedgerCliTest.Run before = cli("import", "members", roster, "--dry-run", "--verbose");
        assertThat(before.code()).isEqualTo(3);
        assertThat(before.out()).contains("列对应：\n", "  B列 姓名 → 姓名，如：张三、李四、王五\n",
                "  F列 所任岗位 → 未识别，如：科长、副科长、一级主任科员\n", "  H列 备注 → 备注，如：借调至办公室\n");
        assertThat(before.err()).contains("缺少必填的列“所在党支部”");

        LedgerCliTest.Run done = cli("import", "members", roster, "--map", "居民身份证号=身份证号", "--map", "所属党组织=所在党支部",
                "--map", "所任岗位=职务", "--map", "备注=忽略", "--verbose");
        assertThat(done.err()).isEmpty();
        assertThat(done.code()).isEqualTo(0);
        assertThat(done.out()).doesNotContain("没有找到");
        assertThat(done.out()).contains("  F列 所任岗位 → 职务（按指定）", "  H列 备注 → 忽略（按指定）",
                "已导入 花名册-自定列名.xlsx：新增 3 人，更新 0 人");

        LedgerCliTest.Run next = cli("import", "members", workbook("花名册-自定列名-第二批.xlsx"));
        assertThat(next.code()).isEqualTo(0);
        assertThat(next.out()).contains("已按上次的列对应导入：居民身份证号 → 身份证号、所属党组织 → 所在党支部、所任岗位 → 职务、备注 → 忽略",
                "新增 1 人，更新 0 人");
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            assertThat(new MemberRepository(ws.database()).all()).extracting(Member::name, Member::jobTitle)
                    .contains(org.assertj.core.groups.Tuple.tuple("赵六", "四级主任科员"));
        }
    }

    @Test
    void aFieldTheKindDoesNotHaveOrAMapWithoutEqualsIsAUsageError() throws Exception {
        String roster = workbook("花名册-自定列名.xlsx");
        LedgerCliTest.Run bad = cli("import", "members", roster, "--map", "所任岗位=行政级别");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--map “所任岗位=行政级别”：“行政级别”不是花名册的字段，可以对应的字段有：姓名、性别、民族",
                "职务", "；不导入该列请写“忽略”");
        LedgerCliTest.Run typo = cli("import", "members", roster, "--dry-run", "--map", "行政职物=职务");
        assertThat(typo.code()).isEqualTo(3);
        assertThat(typo.out()).contains("警告：--map 中的列名“行政职物”在文件的表头中没有找到，未起作用");
        LedgerCliTest.Run noEquals = cli("import", "members", roster, "--map", "所任岗位");
        assertThat(noEquals.code()).isEqualTo(2);
        assertThat(noEquals.err()).contains("--map 应写作 列名=字段");
        LedgerCliTest.Run meetings = cli("import", "meetings", workbook("三会一课-自定列名.xlsx"), "--map", "召开日期=入党日期");
        assertThat(meetings.code()).isEqualTo(2);
        assertThat(meetings.err()).contains("“入党日期”不是三会一课台账的字段，可以对应的字段有：所在党支部、会议类型、会议主题、会议时间");
    }
}
