package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportUndoTest.MovableClock;
import org.partydesk.model.Member;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.Recruit;
import org.partydesk.model.RecruitStage;
import org.partydesk.store.Database;
import org.partydesk.store.Dump;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.RecruitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * The 发展党员台账 (kind recruitment) on a real SQLite file, starting from an empty database and a roster of a few
 * members: a clerk's workbook (merged title, 填报单位 line, notes under the data) brings persons at every stage
 * with their dates, makes the admitted one a 预备党员 and the confirmed one a 正式党员; a step too early is refused
 * with the rule quoted; export → import changes nothing; the empty template imports nothing; undo removes it all.
 */
class RecruitmentLedgerImportTest {
    static final String SUN = id("42010219980315123");
    static final String ZHOU = id("42010219950601234");

    @TempDir
    Path dir;
    Workspace ws;
    final MovableClock clock = new MovableClock(LocalDateTime.of(2022, 1, 3, 9, 0));

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.of(Database.open(dir.resolve("t.db"), clock), "测试");
        Path roster = new SheetMaker()
                .row("党员花名册").mergeLast(0, 4)
                .row("序号", "所在支部", "姓名", "身份证号码", "入党时间")
                .row(1, "第一党支部", "张伟", id("42010219800101123"), "2005-07-01")
                .row(2, "第二党支部", "张伟", id("42010219810101123"), "2006-07-01")
                .row(3, "第一党支部", "李四", id("42010219820101123"), "2007-07-01")
                .row(4, "第二党支部", "王五", id("42010219830101123"), "2008-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        write(LedgerKind.MEMBERS, roster);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    ImportPreview write(LedgerKind kind, Path file) {
        ImportPreview p = LedgerImporter.importFile(kind, ws, file, true, Progress.NONE);
        assertThat(p.errors()).as("errors of %s", file).isEmpty();
        return p;
    }

    ImportSummary recruitment(Path file) {
        return (ImportSummary) write(LedgerKind.RECRUITMENT, file);
    }

    static final Object[] HEADER = {"序号", "姓名", "性别", "出生日期", "身份证号", "所在党支部", "入党申请时间", "谈话日期",
            "列为积极分子时间", "列为发展对象时间", "入党介绍人", "集中培训天数", "集中培训学时", "政治审查日期",
            "接收预备党员时间", "上级党委审批日期", "预备党员转正时间", "终止培养日期", "终止原因", "备注"};

    /** Persons at every stage, dates written as clerks write them. */
    Path clerkWorkbook() throws Exception {
        return new SheetMaker().sheet("发展党员")
                .row("2026年发展党员工作台账").mergeLast(0, 19)
                .row("填报单位：某市生态环境局机关党委", null, null, null, null, null, "填报日期：2026年12月1日")
                .row(HEADER)
                .row(1, "陈一", "男", "1999-02-03", null, "第一党支部", "2026年10月8日")
                .row(2, "刘二", "女", null, null, "第二党支部", "2025-03-01", "2025.3.20", "2025.6.1")
                .row(3, "赵三", "男", null, null, "第二党支部", "2024/1/5", "2024-01-20", "2024-03-01", "20250310",
                        "李四、王五", 5, null, "2025-05-01")
                .row(4, "孙四", null, null, SUN, "第一党支部", "2023-01-10", "2023-01-25", "2023-03-01", "2024-03-05",
                        "张伟（第一党支部）、李四", 3, 24, "2024年4月1日", LocalDate.of(2025, 6, 10), "2025-07-15")
                .row(5, "周五", "女", null, ZHOU, "第二党支部", "2022-02-01", "2022-02-15", "2022-04-01", "2023-04-10",
                        "李四、王五", 4, null, "2023-05-01", "2023-06-01", "2023-08-01", "2024-06-01")
                .row(6, "吴六", "男", null, null, "第一党支部", "2024-05-01", "2024-05-20", null, null, null, null, null, null,
                        null, null, null, "2025-01-01", "本人撤回申请")
                .row()
                .row("注：日期请按 2024-03-15 格式填写；入党介绍人两人之间用“、”隔开。")
                .xlsx(dir.resolve("发展党员台账.xlsx"));
    }

    Map<String, Recruit> recruits() {
        return new RecruitRepository(ws.database()).all().stream().collect(Collectors.toMap(Recruit::name, Function.identity()));
    }

    Member member(String name) {
        return new MemberRepository(ws.database()).all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aClerksWorkbookBringsEveryStageAndMakesTheAdmittedMembers() throws Exception {
        ImportSummary p = recruitment(clerkWorkbook());
        assertThat(p.adds()).isEqualTo(6);

        Map<String, Recruit> r = recruits();
        assertThat(r.get("陈一").stage()).isEqualTo(RecruitStage.APPLICANT);
        assertThat(r.get("陈一").appliedOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(r.get("刘二").stage()).isEqualTo(RecruitStage.ACTIVIST);
        assertThat(r.get("刘二").talkOn()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(r.get("刘二").activistOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        Recruit zhao = r.get("赵三");
        assertThat(zhao.stage()).isEqualTo(RecruitStage.CANDIDATE);
        assertThat(zhao.appliedOn()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(zhao.candidateOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(List.of(zhao.introducer1Name(), zhao.introducer2Name())).containsExactly("李四", "王五");
        assertThat(zhao.trainingDays()).isEqualTo(5);
        assertThat(zhao.reviewOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(r.get("吴六").stage()).isEqualTo(RecruitStage.STOPPED);
        assertThat(r.get("吴六").stopReason()).isEqualTo("本人撤回申请");

        Recruit sun = r.get("孙四");
        assertThat(sun.stage()).isEqualTo(RecruitStage.PROBATIONARY);
        assertThat(sun.birthDate()).isEqualTo(LocalDate.of(1998, 3, 15));
        assertThat(sun.approvedOn()).isEqualTo(LocalDate.of(2025, 7, 15));
        Member sunMember = member("孙四");
        assertThat(sun.memberId()).isEqualTo(sunMember.id());
        assertThat(sunMember.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(sunMember.joinedOn()).isEqualTo(LocalDate.of(2025, 6, 10));
        MemberRepository members = new MemberRepository(ws.database());
        assertThat(members.branchName(sunMember.id(), LocalDate.of(2025, 6, 10))).contains("第一党支部");
        Member zhangOfFirst = members.all().stream().filter(m -> m.name().equals("张伟"))
                .filter(m -> members.branchName(m.id(), LocalDate.of(2026, 12, 1)).orElseThrow().equals("第一党支部"))
                .findFirst().orElseThrow();
        assertThat(sun.introducer1Id()).isEqualTo(zhangOfFirst.id());

        Recruit zhou = r.get("周五");
        assertThat(zhou.stage()).isEqualTo(RecruitStage.FULL);
        Member zhouMember = member("周五");
        assertThat(zhouMember.status()).isEqualTo(MemberStatus.FULL);
        assertThat(zhouMember.fullMemberOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(zhouMember.joinedOn()).isEqualTo(LocalDate.of(2023, 6, 1));

        String before = Dump.of(ws.database());
        ImportSummary again = recruitment(clerkWorkbook());
        assertThat(again.adds()).isZero();
        assertThat(again.updates()).isZero();
        assertThat(Dump.of(ws.database())).isEqualTo(before);
    }

    @Test
    void aMemberTheRosterAlreadyHasGetsHisDevelopmentRecordNotASecondAdmission() throws Exception {
        write(LedgerKind.MEMBERS, new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 5)
                .row("所在党支部", "姓名", "身份证号码", "入党时间", "党员类别")
                .row("第一党支部", "孙四", SUN, "2025-06-10", "预备党员")
                .row("第二党支部", "周五", ZHOU, "2023-06-02", "正式党员")
                .xlsx(dir.resolve("花名册（年底）.xlsx")));
        int members = new MemberRepository(ws.database()).all().size();
        ImportSummary s = recruitment(clerkWorkbook());
        assertThat(s.warnings()).extracting(ImportMessage::text).containsExactly("发展党员台账.xlsx，工作表“发展党员”，第8行，"
                + "O列（接收预备党员时间）：“周五”已在花名册中，入党日期为 2023-06-02，与支部大会接收日期 2023-06-01 不同；花名册未改动，请核对");
        assertThat(new MemberRepository(ws.database()).all()).as("no second 孙四 or 周五").hasSize(members);
        Map<String, Recruit> byName = recruits();
        assertThat(byName.get("孙四").memberId()).isEqualTo(member("孙四").id());
        assertThat(byName.get("周五").memberId()).isEqualTo(member("周五").id());
        assertThat(member("周五").joinedOn()).isEqualTo(LocalDate.of(2023, 6, 2));
    }

    @Test
    void aCandidateNamedLessThanAYearAfterBecomingAnActivistIsRefusedWithTheRule() throws Exception {
        Path bad = new SheetMaker().sheet("发展党员")
                .row("发展党员台账").mergeLast(0, 9)
                .row("姓名", "所在党支部", "申请入党时间", "谈话日期", "列为积极分子时间", "列为发展对象时间")
                .row("钱七", "第一党支部", "2024-01-02", "2024-01-10", "2024-06-01", "2025-03-01")
                .xlsx(dir.resolve("过早.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RECRUITMENT, ws, bad, true, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly(
                "过早.xlsx，工作表“发展党员”，第3行，F列（列为发展对象时间）：确定为入党积极分子的日期是 2024-06-01，最早 2025-06-01"
                        + " 才能列为发展对象。按《中国共产党发展党员工作细则》，入党积极分子须经过一年以上的培养教育和考察，方可列为发展对象。");
        assertThat(recruits()).isEmpty();
    }

    @Test
    void anIntroducerWhoseNameTwoMembersShareIsAnErrorNamingTheRow() throws Exception {
        Path file = new SheetMaker().sheet("发展党员")
                .row("姓名", "所在党支部", "申请入党时间", "谈话日期", "列为积极分子时间", "列为发展对象时间", "入党介绍人一", "入党介绍人二")
                .row("钱七", "第一党支部", "2024-01-02", "2024-01-10", "2024-06-01", "2025-06-01", "张伟", "李四")
                .xlsx(dir.resolve("同名.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RECRUITMENT, ws, file, true, Progress.NONE);
        assertThat(p.errors()).singleElement().extracting(ImportMessage::text).asString()
                .startsWith("同名.xlsx，工作表“发展党员”，第2行，G列（入党介绍人一）：入党介绍人“张伟”有2名同名党员")
                .endsWith("请写作 张伟（所在党支部）");
    }

    @Test
    void aLaterFileGivesOnlyTheNewDatesAndBlankCellsLeaveTheStoredOnesAlone() throws Exception {
        recruitment(clerkWorkbook());
        Path later = new SheetMaker().sheet("发展党员")
                .row("姓名", "所在党支部", "入党申请时间", "列为积极分子时间", "列为发展对象时间", "入党介绍人一", "入党介绍人二", "备注")
                .row("刘二", "第二党支部", null, null, "2026年6月10日", "张伟（第二党支部）", "王五", "列为发展对象")
                .row("陈一", "第一党支部", null, null, null, null, null, null)
                .xlsx(dir.resolve("补充.xlsx"));
        ImportSummary p = recruitment(later);
        assertThat(p.adds()).isZero();
        assertThat(p.updates()).isEqualTo(1);
        assertThat(p.unchanged()).isEqualTo(1);
        Recruit liu = recruits().get("刘二");
        assertThat(liu.stage()).isEqualTo(RecruitStage.CANDIDATE);
        assertThat(liu.appliedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(liu.talkOn()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(liu.candidateOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(liu.introducer2Name()).isEqualTo("王五");
        assertThat(liu.notes()).isEqualTo("列为发展对象");

        Path tooEarly = new SheetMaker().sheet("发展党员")
                .row("姓名", "所在党支部", "申请入党时间", "列为发展对象时间")
                .row("刘二", "第二党支部", null, "2026-01-10")
                .xlsx(dir.resolve("提前.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.RECRUITMENT, ws, tooEarly, true, Progress.NONE).errors())
                .extracting(ImportMessage::text).singleElement().asString()
                .startsWith("提前.xlsx，工作表“发展党员”，第2行，D列（列为发展对象时间）：确定为入党积极分子的日期是 2025-06-01");
    }

    @Test
    void exportThenImportChangesNothing() throws Exception {
        write(LedgerKind.RECRUITMENT, clerkWorkbook());
        String before = Dump.of(ws.database());
        Path out = dir.resolve("导出.xlsx");
        int n = LedgerExport.export(LedgerKind.RECRUITMENT, ws, out, new LedgerExport.Options(null, null, false), Progress.NONE);
        assertThat(n).isEqualTo(6);
        ImportSummary back = recruitment(out);
        assertThat(back.adds()).isZero();
        assertThat(back.updates()).isZero();
        assertThat(back.unchanged()).isEqualTo(6);
        assertThat(Dump.of(ws.database())).isEqualTo(before);
    }

    @Test
    void theEmptyTemplateImportsNothing() throws Exception {
        Path template = dir.resolve("模板.xlsx");
        LedgerTemplate.write(LedgerKind.RECRUITMENT, template);
        String before = Dump.of(ws.database());
        ImportSummary p = (ImportSummary) LedgerImporter.importFile(LedgerKind.RECRUITMENT, ws, template, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.adds() + p.updates()).isZero();
        assertThat(recruits()).isEmpty();
        assertThat(Dump.of(ws.database())).isEqualTo(before);
    }

    @Test
    void undoingTheImportRemovesTheRecordsAndTheMembersItMade() throws Exception {
        String before = Dump.of(ws.database());
        write(LedgerKind.RECRUITMENT, clerkWorkbook());
        assertThat(member("孙四")).isNotNull();
        Imports imports = new Imports(ws);
        Imports.Entry e = imports.list().get(0);
        assertThat(e.batch().kind()).isEqualTo("RECRUITMENT");
        assertThat(e.kindLabel()).isEqualTo("发展党员台账");
        imports.undo(e.id());
        assertThat(recruits()).isEmpty();
        assertThat(new MemberRepository(ws.database()).all()).extracting(Member::name)
                .containsExactlyInAnyOrder("张伟", "张伟", "李四", "王五");
        assertThat(Dump.of(ws.database())).isEqualTo(before);
    }
}
