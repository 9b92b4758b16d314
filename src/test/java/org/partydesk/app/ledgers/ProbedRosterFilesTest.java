package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Member;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.CommitteeRoleRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Rosters and a recruitment ledger as an outside probe typed them, into an empty database: a 合计 row under the table,
 * the national system's 党籍状态 (正常, 停止党籍), 职务 holding committee posts beside 行政职务, a 预备党员 whose 转正日期
 * is before the roster's date, an 入党日期 after it, the formal branch name “中共……党支部委员会” on a later roster, and a
 * recruitment sheet whose branch is only in its title.
 */
class ProbedRosterFilesTest extends EmptyDatabaseTest {
    private static final String ZHANG = id("42010219800101123");
    private static final String LI = id("42010219850202234");
    private static final String WANG = id("42010219900303345");

    private Map<String, Member> members() {
        return new MemberRepository(ws.database()).all().stream().collect(Collectors.toMap(Member::name, Function.identity()));
    }

    @Test
    void aRosterAsTheNationalSystemAndClerksWriteIt() throws Exception {
        Path file = new SheetMaker().sheet("机关第一党支部")
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 8)
                .row("序号", "姓名", "公民身份号码", "入党日期", "转正日期", "人员类别", "党籍状态", "职务", "行政职务")
                .row(1, "张三", ZHANG, "2005-07-01", "2006-07-01", "正式党员", "正常", "书记", "处长")
                .row(2, "李四", LI, "2024-05-20", "2025-05-20", "预备党员", "正常", "组织委员", "科员")
                .row(3, "王芳", WANG, "2026-06-01", null, "正式党员", "停止党籍", null, "科员")
                .row(null, "合计", "3人")
                .row(null, "总计", "#VALUE!") // a SUM that took in its own cell
                .xlsx(dir.resolve("党员信息.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains(
                "写的是预备党员，但转正日期 2025-05-20 在名册日期（2025-12-31）之前：按正式党员记录",
                "入党日期 2026-06-01 晚于名册日期（2025-12-31），请核对",
                "“停止党籍”没有导入：按在册党员记录；请在党员页面登记（党籍、组织关系转接）");
        Map<String, Member> byName = members();
        assertThat(byName).containsOnlyKeys("张三", "李四", "王芳");
        assertThat(byName.get("李四").status()).isEqualTo(MemberStatus.FULL);
        assertThat(byName.get("张三").jobTitle()).isEqualTo("处长");
        CommitteeRoleRepository roles = new CommitteeRoleRepository(ws.database());
        assertThat(roles.ofMember(byName.get("张三").id())).extracting(CommitteeAssignment::role).containsExactly(CommitteeRole.SECRETARY);
        assertThat(roles.ofMember(byName.get("李四").id())).extracting(CommitteeAssignment::role)
                .containsExactly(CommitteeRole.ORGANIZATION_MEMBER);

        Path later = new SheetMaker()
                .row("党员花名册（截至2026年6月30日）").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", ZHANG, "中共示例市生态环境局机关第一党支部委员会", "2005-07-01")
                .xlsx(dir.resolve("花名册2026.xlsx"));
        ImportPreview again = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, later, true, Progress.NONE);
        assertThat(again.errors()).isEmpty();
        List<OrgUnit> branches = new OrgRepository(ws.database()).all().stream().filter(u -> u.kind() == OrgKind.BRANCH).toList();
        assertThat(branches).extracting(OrgUnit::name).containsExactly("机关第一党支部");
    }

    /**
     * A 备注 saying the member has left (已于2025年6月转出至市财政局) is warned about on its row: he is imported as on the
     * roster, and the leaving must be recorded on his page; a 人员状态 of 转出 or 已故 is refused saying what to do.
     */
    @Test
    void aRosterNoteOrStatusSayingTheMemberLeftSaysWhereToRecordIt() throws Exception {
        Path file = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 4)
                .row("姓名", "身份证号", "所在党支部", "入党日期", "备注")
                .row("张三", ZHANG, "机关第一党支部", "2005-07-01", "已于2025年6月转出至市财政局")
                .row("李四", LI, "机关第一党支部", "2010-07-01", "支部书记")
                .row("赵六", id("42010219930606678"), "机关第一党支部", "2012-07-01", "2025年4月从市财政局转入")
                .xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "花名册.xlsx，工作表“党员名册”，第3行，E列（备注）：备注写有“转出”：该党员按名册导入为在册党员。"
                        + "如已离开，请在党员页面点“转出…”或“党籍变动…”登记离开及其日期（导入不会记录离开）",
                "花名册.xlsx，工作表“党员名册”，第5行，E列（备注）：备注写有转入（2025年4月从市财政局转入），但没有填“转入本支部日期”："
                        + "组织关系按入党日期起算，此前年份的统计也会算上该党员；请在“转入本支部日期”一列填写转入日期后再导入");
        assertThat(members()).containsOnlyKeys("张三", "李四", "赵六");
        assertThat(members().get("张三").leftOn()).isNull();

        Path status = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "人员状态")
                .row("王芳", WANG, "机关第一党支部", "已故")
                .row("李四", LI, "机关第一党支部", "转出")
                .xlsx(dir.resolve("人员状态.xlsx"));
        ImportPreview refused = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, status, true, Progress.NONE);
        assertThat(refused.errors()).extracting(ImportMessage::text).containsExactly(
                "人员状态.xlsx，工作表“党员名册”，第2行，D列（人员状态）：人员状态“已故”应为 在职、离退休 或 流动。"
                        + org.partydesk.logic.ledgers.MemberLedger.LEFT_HOW,
                "人员状态.xlsx，工作表“党员名册”，第3行，D列（人员状态）：人员状态“转出”应为 在职、离退休 或 流动。"
                        + org.partydesk.logic.ledgers.MemberLedger.LEFT_HOW);
    }

    /** A roster of one member of 机关第一党支部, {@code name}, imported into the empty database. */
    private void onlyMember(String name) throws Exception {
        Path roster = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row(name, ZHANG, "机关第一党支部", "2005-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
    }

    @Test
    void aBankStatementsPartyDuesLineTakesItsMonthFromTheDayAndAnOverpaymentOnTheWorkedOutDueIsSaid() throws Exception {
        onlyMember("孙丽");
        Path file = new SheetMaker().sheet("8月")
                .row("交易日期", "户名", "摘要", "基数类型", "党费基数（元）", "交易金额")
                .row("2025-08-05", "孙丽", "党费", "税后工资", 4500, "450.00")
                .xlsx(dir.resolve("银行流水.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.DUES, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains("“党费”没有写月份，按交纳日期记为2025年8月的党费")
                .anyMatch(r -> r.startsWith("实缴金额450元是应缴金额") && r.contains("两倍以上"));
    }

    @Test
    void twoMembersOfOneNameInOneBranchPayTheirDuesByIdNumber() throws Exception {
        Path roster = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张伟", ZHANG, "机关第一党支部", "2005-07-01")
                .row("张伟", LI, "机关第一党支部", "2010-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
        Path file = new SheetMaker().sheet("党费")
                .row("姓名", "所在党支部", "身份证号", "交纳月份", "基数类型", "党费基数（元）", "实缴金额（元）", "交纳日期")
                .row("张伟", "机关第一党支部", ZHANG, "2025年3月", "税后工资", 4500, 45, "2025-03-10")
                .row("张伟", "机关第一党支部", LI, "2025年3月", "税后工资", 2800, 14, "2025-03-10")
                .xlsx(dir.resolve("党费.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.DUES, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.counts()).startsWith("新增 2 ");
        Path without = new SheetMaker().sheet("党费")
                .row("姓名", "所在党支部", "交纳月份", "实缴金额（元）", "交纳日期")
                .row("张伟", "机关第一党支部", "2025年4月", 45, "2025-04-10")
                .xlsx(dir.resolve("党费4月.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.DUES, ws, without, false, Progress.NONE).errors())
                .extracting(ImportMessage::reason)
                .containsExactly("库中有 2 名党员叫“张伟”，同在“机关第一党支部”；请加一列“身份证号”写明是哪一位");
    }

    @Test
    void anIntroducerNotYetFullIsNamed() throws Exception {
        Path roster = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期", "党员类别")
                .row("高峰", ZHANG, "机关第一党支部", "2005-07-01", "正式党员")
                .row("罗军", LI, "机关第一党支部", "2024-01-01", "预备党员")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
        Path file = new SheetMaker().sheet("发展党员")
                .row(RecruitmentLedgerImportTest.HEADER)
                .row(1, "陈一", "男", "1995-01-01", null, "机关第一党支部", "2022-01-10", "2022-01-25", "2022-03-01", "2023-03-05",
                        "高峰、罗军", 3, 24, "2024-04-01", "2024-06-01")
                .xlsx(dir.resolve("发展党员.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RECRUITMENT, ws, file, false, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::reason).anyMatch(r -> r.startsWith("入党介绍人罗军在 2024-06-01 不是正式党员。"));
    }

    @Test
    void aRecruitmentSheetTakesItsBranchFromItsTitle() throws Exception {
        onlyMember("张三");
        Path file = new SheetMaker().sheet("入党积极分子")
                .row("机关第一党支部入党积极分子名册").mergeLast(0, 3)
                .row("序号", "姓名", "申请入党时间", "谈话日期")
                .row(1, "赵六", "2025-03-01", "2025-03-20")
                .xlsx(dir.resolve("积极分子.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RECRUITMENT, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.counts()).startsWith("新增 1 ");

        Path older = new SheetMaker().sheet("积极分子")
                .row("机关第一党支部入党积极分子名册（2023年）").mergeLast(0, 3)
                .row("序号", "姓名", "申请入党时间", "列为积极分子时间")
                .row(1, "钱七", "2023-03-01", "2023-06-01")
                .row(2, "孙八", "2023-04-01", "2023-07-01")
                .xlsx(dir.resolve("积极分子2023.xlsx"));
        ImportPreview q = LedgerImporter.importFile(LedgerKind.RECRUITMENT, ws, older, true, Progress.NONE);
        assertThat(q.errors()).as("a ledger that never kept the 谈话 day").isEmpty();
        assertThat(q.warnings()).extracting(ImportMessage::reason).filteredOn(r -> r.startsWith("表中没有“谈话日期”一列")).hasSize(1);
    }
}
