package org.partydesk.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.reports.Reports;
import org.partydesk.app.responsibility.NewItem;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Cadence;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.Deadline;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.model.YearStats;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.store.jooq.Tables.MEMBER;

/**
 * {@code stats} on a small hand-made bureau whose every figure is known: members at the end of the year
 * (joined, left, promoted after the year, in a cell, in two units, in the leading group only), meetings of
 * two types, attendance, tags, commendations per recipient, a responsibility list with a done and an
 * overdue item. The figures are also checked against independent SQL counts.
 */
class StatsCommandTest {
    private static final String OP = MeetingFixture.OPERATOR;

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void bureau() {
        file = dir.resolve("stats.db");
        try (Database db = Database.open(file)) {
            MeetingFixture f = new MeetingFixture(db);
            int leading = f.unit(null, OrgKind.LEADING_GROUP, "局党组", 0);
            int committee = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 1);
            int a = f.unit(committee, OrgKind.BRANCH, "第一党支部", 2);
            int cell = f.unit(a, OrgKind.CELL, "第一党小组", 3);
            int b = f.unit(committee, OrgKind.BRANCH, "第二党支部", 4);
            int other = f.unit(null, OrgKind.PRIMARY_COMMITTEE, "第二基层党委", 5);
            int namesake = f.unit(other, OrgKind.BRANCH, "第一党支部", 6);
            LocalDate long_ago = LocalDate.of(2020, 1, 1);
            int zhang = f.member("张一");
            f.belongs(zhang, a, long_ago, null);
            int wang = f.member("王二");
            f.belongs(wang, cell, long_ago, null);
            int li = f.member("李三", MemberStatus.PROBATIONARY);
            f.belongs(li, b, LocalDate.of(2025, 3, 1), null);
            int zhao = f.member("赵四");
            f.belongs(zhao, b, LocalDate.of(2024, 1, 1), null);
            dates(db, zhao, LocalDate.of(2025, 1, 15), LocalDate.of(2026, 2, 1), null);
            int qian = f.member("钱五");
            f.belongs(qian, a, long_ago, LocalDate.of(2025, 6, 30));
            dates(db, qian, null, null, LocalDate.of(2025, 6, 30));
            int sun = f.member("孙六");
            f.belongs(sun, b, LocalDate.of(2026, 1, 10), null);
            int zhou = f.member("周七");
            f.belongs(zhou, a, long_ago, null);
            f.belongs(zhou, cell, long_ago, null);
            int wu = f.member("吴八");
            f.belongs(wu, leading, long_ago, null);
            int zheng = f.member("郑九");
            f.belongs(zheng, namesake, long_ago, null);

            save(f, a, LocalDateTime.of(2025, 3, 5, 9, 0), Set.of(), List.of(AttendanceEntry.present(zhang, "张一"),
                    new AttendanceEntry(zhou, "周七", AttendanceStatus.ON_LEAVE, "出差", LocalDate.of(2025, 3, 8))),
                    MeetingType.BRANCH_COMMITTEE);
            save(f, a, LocalDateTime.of(2025, 4, 10, 14, 30), Set.of("生态文明大讲堂"), List.of(AttendanceEntry.present(zhang, "张一"),
                    AttendanceEntry.present(wang, "王二"), new AttendanceEntry(zhou, "周七", AttendanceStatus.ABSENT, null, null)),
                    MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON);
            save(f, cell, LocalDateTime.of(2025, 5, 6, 9, 0), Set.of("生态文明大讲堂"), List.of(), MeetingType.CELL_MEETING);
            save(f, b, LocalDateTime.of(2025, 6, 1, 9, 0), Set.of("“两山”专题"), List.of(), MeetingType.BRANCH_ASSEMBLY);
            save(f, leading, LocalDateTime.of(2025, 7, 1, 9, 0), Set.of(), List.of(), MeetingType.CENTRAL_GROUP_STUDY);
            save(f, a, LocalDateTime.of(2024, 12, 31, 23, 0), Set.of("生态文明大讲堂"), List.of(), MeetingType.BRANCH_COMMITTEE);
            save(f, a, LocalDateTime.of(2026, 1, 1, 0, 0), Set.of(), List.of(), MeetingType.BRANCH_COMMITTEE);

            db.write(OP, tx -> {
                CommendationRepository.insert(tx, honour("优秀共产党员", CommendationLevel.MUNICIPAL, LocalDate.of(2025, 5, 1),
                        List.of(Commendation.Recipient.member(zhang), Commendation.Recipient.member(wang))));
                CommendationRepository.insert(tx, honour("红旗党支部", CommendationLevel.BUREAU, LocalDate.of(2025, 6, 1),
                        List.of(Commendation.Recipient.branch(a))));
                CommendationRepository.insert(tx, honour("红旗党支部", CommendationLevel.BUREAU, LocalDate.of(2024, 6, 1),
                        List.of(Commendation.Recipient.branch(b))));
                return null;
            });

            Responsibilities r = new Responsibilities(Workspace.of(db, OP));
            int list = r.createList(new ResponsibilityList(null, 2025, "党组集体责任清单", ListOwnerKind.LEADING_GROUP, leading,
                    null, null, null, null));
            int yearly = r.addItem(new NewItem(list, null, "研究部署党建工作", null, null, List.of(), Cadence.YEARLY, null, null));
            int quarterly = r.addItem(new NewItem(list, null, "听取党建工作汇报", null, null, List.of(), Cadence.QUARTERLY, null, null));
            Deadline yearEnd = r.deadlines(yearly).get(0);
            r.addRecord(yearly, new NewRecord(LocalDate.of(2025, 11, 1), "已研究部署", null, "办公室", yearEnd.id()));
            Deadline q1 = r.deadlines(quarterly).get(0);
            r.addRecord(quarterly, new NewRecord(q1.dueOn().minusDays(3), "已听取汇报", null, "办公室", q1.id()));
        }
    }

    private static void save(MeetingFixture f, int unit, LocalDateTime at, Set<String> tags, List<AttendanceEntry> sheet,
                             MeetingType... types) {
        Meeting m = MeetingFixture.meeting(unit, at, null, sheet, types);
        f.meetings.save(OP, new Meeting(null, m.orgUnitId(), m.heldAt(), m.place(), null, null, null, m.theme(), m.types(),
                List.of(), tags, null, null, false, m.attendance(), List.of()));
    }

    private static Commendation honour(String title, CommendationLevel level, LocalDate on, List<Commendation.Recipient> who) {
        return new Commendation(null, title, level, "市直机关工委", on, null, null, null, null, null, who);
    }

    private static void dates(Database db, int member, LocalDate joined, LocalDate full, LocalDate left) {
        db.write(OP, tx -> {
            var r = tx.dsl().selectFrom(MEMBER).where(MEMBER.ID.eq(member)).fetchOne();
            r.setJoinedOn(joined);
            r.setFullMemberOn(full);
            r.setLeftOn(left);
            tx.update(r);
            return null;
        });
    }

    @Test
    void jsonHasExactlyTheContractedShapeAndTheKnownFigures() {
        CheckCommandTest.Run r = CheckCommandTest.run("stats", "--db", file.toString(), "--year", "2025", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("{\"year\":2025,"
                + "\"members\":{\"total\":7,\"full\":5,\"probationary\":2,\"byBranch\":{\"第一党支部（机关党委）\":3,"
                + "\"第二党支部\":2,\"第一党支部（第二基层党委）\":1}},"
                // the meeting of two types counts under both and once among the meetings held
                + "\"meetingsHeld\":5,"
                + "\"meetings\":{\"BRANCH_ASSEMBLY\":1,\"BRANCH_COMMITTEE\":1,\"CELL_MEETING\":1,\"PARTY_LESSON\":1,"
                + "\"THEMED_PARTY_DAY\":1,\"CENTRAL_GROUP_STUDY\":1},"
                + "\"meetingsByBranch\":{\"局党组\":{\"CENTRAL_GROUP_STUDY\":1},"
                + "\"第一党支部（机关党委）\":{\"BRANCH_COMMITTEE\":1,\"CELL_MEETING\":1,\"PARTY_LESSON\":1,\"THEMED_PARTY_DAY\":1},"
                + "\"第二党支部\":{\"BRANCH_ASSEMBLY\":1},\"第一党支部（第二基层党委）\":{}},"
                + "\"attendance\":{\"expected\":5,\"present\":3,\"onLeave\":1,\"absent\":1,\"rate\":0.6},"
                + "\"tags\":{\"生态文明大讲堂\":2,\"“两山”专题\":1},"
                + "\"responsibilities\":[{\"list\":\"党组集体责任清单\",\"owner\":\"局党组\",\"items\":2,\"due\":2,\"done\":1,\"overdue\":1}],"
                + "\"commendations\":{\"total\":3,\"byTitle\":{\"优秀共产党员\":2,\"红旗党支部\":1},"
                + "\"byLevel\":{\"MUNICIPAL\":2,\"BUREAU\":1}},"
                + "\"recruitment\":{\"applicants\":0,\"activists\":0,\"candidates\":0,\"admitted\":1,\"confirmed\":0},"
                + "\"transfers\":{\"in\":0,\"out\":0},"
                + "\"appraisal\":{\"EXCELLENT\":0,\"QUALIFIED\":0,\"BASICALLY_QUALIFIED\":0,\"UNQUALIFIED\":0},"
                + "\"terms\":{\"due\":0,\"overdue\":0},\"dues\":{\"due\":0.0,\"paid\":0.0,\"rate\":0.0,\"behind6\":0}}");
    }

    @Test
    void theFiguresAgreeWithIndependentSqlCounts() throws Exception {
        try (Database db = Database.open(file)) {
            YearStats s = new Reports(Workspace.of(db, OP)).stats(2025);
            Connection c = db.connection();
            Map<MeetingType, Integer> perType = new EnumMap<>(MeetingType.class);
            try (PreparedStatement st = c.prepareStatement("SELECT t.type, COUNT(*) FROM meeting m JOIN meeting_type t "
                    + "ON t.meeting_id = m.id WHERE substr(m.held_at, 1, 4) = '2025' GROUP BY t.type");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    perType.put(MeetingType.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            assertThat(s.meetings()).isEqualTo(perType);
            assertThat(s.meetingsByBranch().values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum())
                    .isEqualTo(perType.values().stream().mapToInt(Integer::intValue).sum());
            assertThat(s.attendance().expected()).isEqualTo(count(c, "SELECT COUNT(*) FROM attendance a JOIN meeting m "
                    + "ON m.id = a.meeting_id WHERE substr(m.held_at, 1, 4) = '2025'"));
            assertThat(s.attendance().present()).isEqualTo(count(c, "SELECT COUNT(*) FROM attendance a JOIN meeting m "
                    + "ON m.id = a.meeting_id WHERE substr(m.held_at, 1, 4) = '2025' AND a.status = 'PRESENT'"));
            assertThat(s.commendations().total()).isEqualTo(count(c, "SELECT COUNT(*) FROM commendation_recipient r "
                    + "JOIN commendation x ON x.id = r.commendation_id WHERE substr(x.awarded_on, 1, 4) = '2025'"));
            assertThat(s.members().total()).isEqualTo(count(c, "SELECT COUNT(DISTINCT m.id) FROM member m JOIN membership s "
                    + "ON s.member_id = m.id WHERE s.start_on <= '2025-12-31' AND (s.end_on IS NULL OR s.end_on >= '2025-12-31') "
                    + "AND (m.left_on IS NULL OR m.left_on > '2025-12-31')"));
            assertThat(s.tags().get("生态文明大讲堂")).isEqualTo(count(c, "SELECT COUNT(*) FROM meeting_tag g JOIN meeting m "
                    + "ON m.id = g.meeting_id WHERE g.tag = '生态文明大讲堂' AND substr(m.held_at, 1, 4) = '2025'"));
        }
    }

    private static int count(Connection c, String sql) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void theReadableTableIsChinese() {
        CheckCommandTest.Run r = CheckCommandTest.run("stats", "--db", file.toString(), "--year", "2025");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2025年党建统计（截至2025年12月31日）", "党员：共7名（正式党员5名，预备党员2名）",
                "第一党支部（机关党委）\t3", "第一党支部（第二基层党委）\t1", "党组织\t支部党员大会\t支部委员会", "合计\t1\t1", "参会率60.0%",
                "党组集体责任清单\t局党组\t2\t2\t1\t1", "优秀共产党员\t2", "市级\t2",
                "发展党员：递交入党申请书0人，确定入党积极分子0人，确定发展对象0人，接收预备党员1人，预备党员转正0人",
                "民主评议党员：未登记评议结果\n", "支部换届：应换届0个，逾期未换届0个", "党费：未登记党费");
    }

    @Test
    void reportCommandsWriteTheFilesAndRefuseAnUnknownBranch() throws java.io.IOException {
        Path docx = dir.resolve("out").resolve("总结.docx");
        Path xlsx = dir.resolve("out").resolve("统计表.xlsx");
        CheckCommandTest.Run annual = CheckCommandTest.run("report", "annual", "--db", file.toString(), "--year", "2025",
                "--out", docx.toString(), "--xlsx", xlsx.toString());
        assertThat(annual.code()).as(annual.err()).isZero();
        assertThat(docx).isNotEmptyFile();
        assertThat(xlsx).isNotEmptyFile();
        Path numbered = dir.resolve("out").resolve("分级.docx");
        CheckCommandTest.Run withOutline = CheckCommandTest.run("report", "annual", "--db", file.toString(), "--year", "2025",
                "--out", numbered.toString(), "--outline", "numbered");
        assertThat(withOutline.code()).as(withOutline.err()).isZero();
        try (var in = java.nio.file.Files.newInputStream(numbered);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText))
                    .anyMatch(t -> t.startsWith("（一）"));
        }
        Path named = dir.resolve("out").resolve("署名.docx");
        CheckCommandTest.Run withBureau = CheckCommandTest.run("report", "annual", "--db", file.toString(), "--year", "2025",
                "--out", named.toString(), "--outline", "numbered", "--bureau", "测试市生态环境局");
        assertThat(withBureau.code()).as(withBureau.err()).isZero();
        try (var in = java.nio.file.Files.newInputStream(named);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> texts = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .filter(t -> !t.isBlank()).toList();
            assertThat(texts.get(0)).as("the title").startsWith("测试市生态环境局");
            assertThat(texts.get(texts.size() - 2)).as("the signature").isEqualTo("测试市生态环境局");
        }
        try (Database db = Database.open(file)) {
            assertThat(Workspace.of(db, OP).setting(Workspace.BUREAU_NAME_SETTING)).contains("测试市生态环境局");
        }
        CheckCommandTest.Run noSuchOutline = CheckCommandTest.run("report", "annual", "--db", file.toString(), "--year", "2025",
                "--out", dir.resolve("n.docx").toString(), "--outline", "nope");
        assertThat(noSuchOutline.code()).isEqualTo(3);
        assertThat(noSuchOutline.err()).contains("没有名为“nope”的大纲，可选：four-strengths、numbered");
        assertThat(dir.resolve("n.docx")).doesNotExist();
        Path q = dir.resolve("q.docx");
        CheckCommandTest.Run quarterly = CheckCommandTest.run("report", "quarterly", "--db", file.toString(), "--branch",
                "第一党支部（机关党委）", "--year", "2025", "--quarter", "2", "--out", q.toString());
        assertThat(quarterly.code()).as(quarterly.err()).isZero();
        assertThat(q).isNotEmptyFile();
        Path w = dir.resolve("w.xlsx");
        assertThat(CheckCommandTest.run("report", "workbook", "--db", file.toString(), "--year", "2025", "--out", w.toString())
                .code()).isZero();
        assertThat(w).isNotEmptyFile();
        CheckCommandTest.Run unknown = CheckCommandTest.run("report", "quarterly", "--db", file.toString(), "--branch",
                "第九党支部", "--year", "2025", "--quarter", "2", "--out", dir.resolve("x.docx").toString());
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("没有名为“第九党支部”的党支部");
        assertThat(dir.resolve("x.docx")).doesNotExist();
        CheckCommandTest.Run ambiguous = CheckCommandTest.run("report", "quarterly", "--db", file.toString(), "--branch",
                "第一党支部", "--year", "2025", "--quarter", "2", "--out", dir.resolve("y.docx").toString());
        assertThat(ambiguous.code()).isEqualTo(3);
        assertThat(ambiguous.err()).contains("有2个名为“第一党支部”的党组织，请写作 第一党支部（上级党组织名称）", "第一党支部（机关党委）");
        assertThat(CheckCommandTest.run("report", "quarterly", "--db", file.toString(), "--branch", "第二党支部",
                "--year", "2025", "--quarter", "5", "--out", q.toString()).code()).isEqualTo(2);
    }
}
