package org.partydesk.app.evidence;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.cli.PartyDeskCommand;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.PeriodKind;
import org.partydesk.store.EvidenceStore;
import org.partydesk.store.RosterFixture;
import org.partydesk.store.jooq.tables.records.AttendanceRecord;
import org.partydesk.store.jooq.tables.records.MeetingRecord;
import org.partydesk.store.jooq.tables.records.MeetingTypeRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;

class InspectionPackageTest {
    @TempDir
    Path dir;

    private static int meeting(Workspace ws, int unit, LocalDateTime at, String theme, List<String> types, int[] present, int[] onLeave) {
        return ws.database().write("干事", tx -> {
            MeetingRecord m = tx.dsl().newRecord(MEETING);
            m.setOrgUnitId(unit);
            m.setHeldAt(at);
            m.setTheme(theme);
            int id = tx.insert(m);
            for (String t : types) {
                MeetingTypeRecord mt = tx.dsl().newRecord(MEETING_TYPE);
                mt.setMeetingId(id);
                mt.setType(t);
                tx.insert(mt);
            }
            for (int p : present) {
                AttendanceRecord a = tx.dsl().newRecord(ATTENDANCE);
                a.setMeetingId(id);
                a.setMemberId(p);
                a.setStatus("PRESENT");
                tx.insert(a);
            }
            for (int p : onLeave) {
                AttendanceRecord a = tx.dsl().newRecord(ATTENDANCE);
                a.setMeetingId(id);
                a.setMemberId(p);
                a.setStatus("ON_LEAVE");
                a.setLeaveReason("出差");
                tx.insert(a);
            }
            return id;
        });
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void packageHasFoldersByAreaAndBranchAndAnIndexThatReadsBack() throws Exception {
        Path db = dir.resolve("p.db");
        try (Workspace ws = Workspace.open(db, "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            new org.partydesk.store.SettingsRepository(ws.database()).put("干事", Workspace.BUREAU_NAME_SETTING, "示例市生态环境局");
            int b1 = ids.units().get(RosterFixture.BRANCH_1);
            int zhang = ids.members().get("张伟");
            int li = ids.members().get("李娜");
            int m = meeting(ws, b1, LocalDateTime.of(2025, 3, 8, 9, 0), "学习贯彻全会精神",
                    List.of("THEMED_PARTY_DAY", "PARTY_LESSON"), new int[] {zhang}, new int[] {li});
            int other = meeting(ws, ids.units().get(RosterFixture.BRANCH_2), LocalDateTime.of(2024, 5, 1, 9, 0), "去年的会",
                    List.of("BRANCH_COMMITTEE"), new int[] {}, new int[] {});
            EvidenceService evidence = new EvidenceService(ws);
            evidence.add(List.of(new EvidenceService.NewFile(file("IMG_0001.jpg", "photo"),
                            new EvidenceStore.Details("主题党日合影", "▲3月8日，机关第一党支部开展主题党日活动。", "于海涛", LocalDate.of(2025, 3, 8), null)),
                    new EvidenceService.NewFile(file("..\\..\\签到表.pdf", "sign-in sheet"), EvidenceStore.Details.none())),
                    EvidenceRecordType.MEETING, m, Progress.NONE);
            evidence.add(List.of(new EvidenceService.NewFile(file("old.jpg", "old"), EvidenceStore.Details.none())),
                    EvidenceRecordType.MEETING, other, Progress.NONE);
            int c = new Commendations(ws).record(new Commendation(null, "党员先锋岗", CommendationLevel.BUREAU, "局党组", LocalDate.of(2025, 6, 30),
                    PeriodKind.YEAR, null, null, "示环党〔2025〕12号", null, List.of(Commendation.Recipient.member(zhang))));
            evidence.add(List.of(new EvidenceService.NewFile(file("表彰文件.pdf", "decision"), EvidenceStore.Details.none())),
                    EvidenceRecordType.COMMENDATION, c, Progress.NONE);

            Path zipFile = dir.resolve("out").resolve("迎检材料.zip");
            InspectionPackage.Result result = new InspectionPackage(ws).build(2025, null, zipFile, Progress.NONE);
            assertThat(result.files()).isEqualTo(3);
            assertThat(result.records()).isEqualTo(2);

            List<String> names = new ArrayList<>();
            try (ZipFile zip = new ZipFile(zipFile.toFile())) {
                zip.stream().map(ZipEntry::getName).forEach(names::add);
                assertThat(names).containsExactlyInAnyOrder(
                        "01-三会一课/机关第一党支部/2025-03-08 党课、主题党日/主题党日合影.jpg",
                        "01-三会一课/机关第一党支部/2025-03-08 党课、主题党日/_._签到表.pdf",
                        "04-评先创优/党员先锋岗/2025-06-30 示环党〔2025〕12号/表彰文件.pdf",
                        "目录.xlsx");
                assertThat(names).allSatisfy(n -> assertThat(n.split("/")).doesNotContain("..", ".", "").allSatisfy(
                        part -> assertThat(part).doesNotContain("\\", ":")));
                try (XSSFWorkbook wb = new XSSFWorkbook(zip.getInputStream(zip.getEntry("目录.xlsx")))) {
                    Sheet s = wb.getSheet("目录");
                    assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("示例市生态环境局2025年迎检材料目录");
                    assertThat(text(s.getRow(1))).containsExactly("序号", "类别", "归属", "日期", "记录", "关键数据", "包内文件", "原文件名", "图片说明", "摄影");
                    assertThat(s.getLastRowNum()).isEqualTo(4);
                    List<String> first = text(s.getRow(2));
                    assertThat(first.subList(0, 6)).containsExactly("1", "三会一课", "机关第一党支部", "2025-03-08", "学习贯彻全会精神",
                            "主题：学习贯彻全会精神；应到2人，实到1人，请假1人，缺席0人");
                    assertThat(first.get(6)).isEqualTo("01-三会一课/机关第一党支部/2025-03-08 党课、主题党日/主题党日合影.jpg");
                    assertThat(first.subList(7, 10)).containsExactly("IMG_0001.jpg", "▲3月8日，机关第一党支部开展主题党日活动。", "于海涛");
                    List<String> honour = text(s.getRow(4));
                    assertThat(honour.subList(1, 6)).containsExactly("评先创优", "党员先锋岗", "2025-06-30", "示环党〔2025〕12号", "获奖对象1个，文号示环党〔2025〕12号");
                    assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                }
            }

            // entries made "on Unix", their UTF-8 names flagged and repeated in the Unicode path field: the unzip of
            // Debian, 统信UOS and 麒麟 garbled the Chinese names of entries made "on MS-DOS"
            try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                    .setFile(zipFile.toFile()).get()) {
                var entries = java.util.Collections.list(zip.getEntries());
                assertThat(entries).hasSize(4).allSatisfy(e -> {
                    assertThat(e.getPlatform()).as(e.getName()).isEqualTo(org.apache.commons.compress.archivers.zip.ZipArchiveEntry.PLATFORM_UNIX);
                    assertThat(e.getGeneralPurposeBit().usesUTF8ForNames()).as(e.getName()).isTrue();
                    assertThat(e.getExtraField(org.apache.commons.compress.archivers.zip.UnicodePathExtraField.UPATH_ID))
                            .as(e.getName()).isNotNull();
                });
            }

            // one branch only: the second branch's 2025 package has neither the first branch's meeting nor its member's honour
            Path only2 = new InspectionPackage(ws).build(2025, RosterFixture.BRANCH_2, dir.resolve("b2.zip"), Progress.NONE).zip();
            try (ZipFile zip = new ZipFile(only2.toFile())) {
                assertThat(zip.stream().map(ZipEntry::getName).toList()).containsExactly("目录.xlsx");
            }
            assertThatThrownBy(() -> new InspectionPackage(ws).build(2025, "不存在的支部", dir.resolve("x.zip"), Progress.NONE))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("找不到党组织“不存在的支部”");
            assertThat(dir.resolve("x.zip")).doesNotExist();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PartyDeskCommand.run(new PrintWriter(out), new PrintWriter(err), "package", "--db", db.toString(),
                "--year", "2025", "--out", dir.resolve("cli.zip").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 个文件").doesNotContain("还没有佐证材料");
        StringWriter none = new StringWriter();
        assertThat(PartyDeskCommand.run(new PrintWriter(none), new PrintWriter(err), "package", "--db", db.toString(),
                "--year", "2019", "--out", dir.resolve("2019.zip").toString())).isZero();
        assertThat(none.toString()).contains("0 个文件", "注意：2019年还没有佐证材料，压缩包中只有空的目录");
    }

    private static List<String> text(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            out.add(row.getCell(i).getStringCellValue());
        }
        return out;
    }
}
