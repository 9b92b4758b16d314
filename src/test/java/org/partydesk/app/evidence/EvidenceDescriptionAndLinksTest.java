package org.partydesk.app.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipFile;


import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.testfiles.StoredRecords;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.reports.PhotoChoice;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.app.reports.Reports;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.ResponsibilityLetter;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.AuditTrail;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.MEETING;

/**
 * A stored photo's description changed after it was added, and files linked to records and unlinked from them from the
 * 佐证材料 page: on a real SQLite file with real PNG files, audited, refusals writing nothing, the new caption printed
 * by the inspection package's index and offered to the annual summary.
 */
class EvidenceDescriptionAndLinksTest {
    @TempDir
    Path dir;



    private static int auditRows(Workspace ws) {
        return ws.database().read().fetchCount(AUDIT_LOG);
    }

    @Test
    void aCaptionChangedIsAuditedWithBeforeAndAfterAndPrintedByTheInspectionIndexAndTheSummary() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("d.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            EvidenceService evidence = new EvidenceService(ws);
            int c = new Commendations(ws).record(new Commendation(null, "党员先锋岗", CommendationLevel.BUREAU, "局党组",
                    LocalDate.of(2025, 6, 30), PeriodKind.YEAR, null, null, "示环党〔2025〕12号", null,
                    List.of(Commendation.Recipient.member(ids.members().get("张伟")))));
            evidence.addAll(List.of(StoredRecords.png(dir, "表彰.png", 0xC62828)), new EvidenceService.Description("表彰", "▲6月30日，表彰大会。",
                    "孙艳", LocalDate.of(2025, 6, 30)), Progress.NONE);
            int id = evidence.files(null, null).get(0).id();
            evidence.linkAll(List.of(id), EvidenceRecordType.COMMENDATION, c);

            boolean changed = evidence.describe(id, new EvidenceService.Description("先锋岗表彰",
                    "▲6月30日，局党组为党员先锋岗颁奖。", "于海涛", LocalDate.of(2025, 6, 29)));
            assertThat(changed).isTrue();
            AuditTrail.Entry update = new AuditTrail(ws.database()).of("evidence", id).stream()
                    .filter(e -> e.action().equals("UPDATE")).reduce((a, b) -> b).orElseThrow();
            assertThat(update.operator()).isEqualTo("干事");
            assertThat(update.at()).isNotNull();
            assertThat(update.before()).containsEntry("caption", "▲6月30日，表彰大会。").containsEntry("photographer", "孙艳")
                    .containsEntry("title", "表彰").containsEntry("taken_on", "2025-06-30");
            assertThat(update.after()).containsEntry("caption", "▲6月30日，局党组为党员先锋岗颁奖。").containsEntry("photographer", "于海涛")
                    .containsEntry("title", "先锋岗表彰").containsEntry("taken_on", "2025-06-29");

            // the same description again writes nothing
            int before = auditRows(ws);
            assertThat(evidence.describe(id, new EvidenceService.Description("先锋岗表彰", "▲6月30日，局党组为党员先锋岗颁奖。",
                    "于海涛", LocalDate.of(2025, 6, 29)))).isFalse();
            assertThat(auditRows(ws)).isEqualTo(before);

            Path zip = new InspectionPackage(ws).build(2025, null, dir.resolve("迎检材料.zip"), Progress.NONE).zip();
            try (ZipFile z = new ZipFile(zip.toFile());
                 XSSFWorkbook wb = new XSSFWorkbook(z.getInputStream(z.getEntry(InspectionPackage.INDEX_NAME)))) {
                Sheet s = wb.getSheet("目录");
                assertThat(s.getRow(2).getCell(8).getStringCellValue()).isEqualTo("▲6月30日，局党组为党员先锋岗颁奖。");
                assertThat(s.getRow(2).getCell(9).getStringCellValue()).isEqualTo("于海涛");
                assertThat(s.getRow(2).getCell(6).getStringCellValue()).endsWith("/先锋岗表彰.png");
            }
            PhotoChoice photo = new Reports(ws).photoChoices(2025).get(0);
            assertThat(photo.caption()).isEqualTo("▲6月30日，局党组为党员先锋岗颁奖。 于海涛摄");
        }
    }

    @Test
    void aRefusedDescriptionWritesNothingAndSaysWhy() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            EvidenceService evidence = new EvidenceService(ws);
            evidence.addAll(List.of(StoredRecords.png(dir, "合影.png", 0x1565C0)), new EvidenceService.Description(null, "原说明", "孙艳", null),
                    Progress.NONE);
            int id = evidence.files(null, null).get(0).id();
            int before = auditRows(ws);

            String overlong = "▲".repeat(301);
            assertThatThrownBy(() -> evidence.describe(id, new EvidenceService.Description(null, overlong, "孙艳", null)))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessage("图片说明有301个字，超过300个字的上限（“▲▲▲▲▲▲▲▲▲▲▲▲…”）；请精简");
            assertThatThrownBy(() -> evidence.describe(id, new EvidenceService.Description(null, "原说明",
                    "于海涛".repeat(11), null)))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("摄影有33个字");
            LocalDate tomorrow = LocalDate.now(ws.database().clock()).plusDays(1);
            assertThatThrownBy(() -> evidence.describe(id, new EvidenceService.Description(null, "新说明", null, tomorrow)))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("晚于今天");
            assertThatThrownBy(() -> evidence.describe(id + 99, new EvidenceService.Description(null, "新说明", null, null)))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("找不到这个佐证材料");

            assertThat(auditRows(ws)).isEqualTo(before);
            var row = ws.database().read().selectFrom(EVIDENCE).fetchOne();
            assertThat(row.getCaption()).isEqualTo("原说明");
            assertThat(row.getPhotographer()).isEqualTo("孙艳");
            // the same limits hold when files are added
            assertThatThrownBy(() -> evidence.addAll(List.of(StoredRecords.png(dir, "另一张.png", 0x2E7D32)),
                    new EvidenceService.Description(null, overlong, null, null), Progress.NONE))
                    .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("另一张.png：图片说明有301个字");
            assertThat(ws.database().read().fetchCount(EVIDENCE)).isEqualTo(1);
        }
    }

    @Test
    void thePickerNarrowsCommendationsAndLettersByTheUnitAndTheUnitsUnderItAsTheOtherKinds() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("u.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            int committee = ids.units().get(RosterFixture.COMMITTEE);
            int branch1 = ids.units().get(RosterFixture.BRANCH_1);
            int branch2 = ids.units().get(RosterFixture.BRANCH_2);
            int cell = ids.units().get(RosterFixture.CELL);
            Commendations commendations = new Commendations(ws);
            // 张伟 of the first branch (and its 党小组); the second branch itself; 陈刚 while he was in the first branch
            // (he moved to the second on RosterFixture.MOVED_ON); an outside collective, of no unit
            int zhang = commendations.record(honour("党员先锋岗", LocalDate.of(2025, 6, 30),
                    Commendation.Recipient.member(ids.members().get("张伟"))));
            int second = commendations.record(honour("先进党支部", LocalDate.of(2025, 7, 1),
                    Commendation.Recipient.branch(branch2)));
            int chen = commendations.record(honour("优秀共产党员", RosterFixture.MOVED_ON.minusMonths(4),
                    Commendation.Recipient.member(ids.members().get("陈刚"))));
            int outside = commendations.record(honour("青年文明号", LocalDate.of(2025, 5, 4),
                    Commendation.Recipient.external("机关团委")));
            Responsibilities r = new Responsibilities(ws);
            int list = r.createList(new ResponsibilityList(null, 2025, "第一党支部责任清单", ListOwnerKind.BRANCH, branch1,
                    null, null, null, null));
            // signed for the first branch's list; naming the second branch as a party; naming no unit
            int forList = r.addLetter(new ResponsibilityLetter(null, 2025, list, "党建工作责任书", "局党组", "第一党支部书记",
                    LocalDate.of(2025, 2, 20), null));
            int named = r.addLetter(new ResponsibilityLetter(null, 2025, null, "党风廉政建设责任书", "机关党委",
                    RosterFixture.BRANCH_2, LocalDate.of(2025, 2, 21), null));
            int none = r.addLetter(new ResponsibilityLetter(null, 2025, null, "安全生产责任书", "局长", "办公室主任",
                    LocalDate.of(2025, 2, 22), null));
            EvidenceService evidence = new EvidenceService(ws);

            assertThat(ids(evidence, EvidenceRecordType.COMMENDATION, branch1)).containsExactlyInAnyOrder(zhang, chen);
            assertThat(ids(evidence, EvidenceRecordType.COMMENDATION, branch2)).as("陈刚 was not yet there")
                    .containsExactly(second);
            assertThat(ids(evidence, EvidenceRecordType.COMMENDATION, cell)).containsExactly(zhang);
            assertThat(ids(evidence, EvidenceRecordType.COMMENDATION, committee)).as("with the units under it")
                    .containsExactlyInAnyOrder(zhang, second, chen);
            assertThat(ids(evidence, EvidenceRecordType.COMMENDATION, null))
                    .containsExactlyInAnyOrder(zhang, second, chen, outside);
            assertThat(evidence.targets(EvidenceRecordType.COMMENDATION, 2025, committee, null, "张伟").rows())
                    .extracting(LinkTarget::id).containsExactly(zhang);

            assertThat(ids(evidence, EvidenceRecordType.RESPONSIBILITY_LETTER, branch1)).containsExactly(forList);
            assertThat(ids(evidence, EvidenceRecordType.RESPONSIBILITY_LETTER, branch2)).containsExactly(named);
            assertThat(ids(evidence, EvidenceRecordType.RESPONSIBILITY_LETTER, committee))
                    .containsExactlyInAnyOrder(forList, named);
            assertThat(ids(evidence, EvidenceRecordType.RESPONSIBILITY_LETTER, cell)).isEmpty();
            assertThat(ids(evidence, EvidenceRecordType.RESPONSIBILITY_LETTER, null))
                    .containsExactlyInAnyOrder(forList, named, none);
        }
    }

    private static Commendation honour(String title, LocalDate on, Commendation.Recipient to) {
        return new Commendation(null, title, CommendationLevel.BUREAU, "局党组", on, PeriodKind.YEAR, null, null, null, null,
                List.of(to));
    }

    private static List<Integer> ids(EvidenceService evidence, EvidenceRecordType type, Integer unitId) {
        return evidence.targets(type, null, unitId, null, null).rows().stream().map(LinkTarget::id).toList();
    }

    @Test
    void severalFilesAreLinkedInOneGoTwiceAddsNothingAndLinksAreRemovedAudited() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("l.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            int branch1 = ids.units().get(RosterFixture.BRANCH_1);
            int m = StoredRecords.meeting(ws, branch1, LocalDateTime.of(2025, 3, 8, 9, 0), "学习贯彻全会精神", MeetingType.THEMED_PARTY_DAY);
            StoredRecords.meeting(ws, ids.units().get(RosterFixture.BRANCH_2), LocalDateTime.of(2025, 4, 2, 14, 30), "支委会研究发展党员",
                    MeetingType.BRANCH_COMMITTEE);
            StoredRecords.meeting(ws, branch1, LocalDateTime.of(2024, 3, 8, 9, 0), "去年的主题党日", MeetingType.THEMED_PARTY_DAY);
            EvidenceService evidence = new EvidenceService(ws);
            evidence.addAll(List.of(StoredRecords.png(dir, "一.png", 0x111111), StoredRecords.png(dir, "二.png", 0x222222), StoredRecords.png(dir, "三.png", 0x333333)),
                    new EvidenceService.Description(null, null, null, null), Progress.NONE);
            List<Integer> files = evidence.files(null, null).stream().map(EvidenceFile::id).sorted().toList();

            // the picker's filters: year, branch (with the units under it), type, words of the topic
            LinkTarget.Found found = evidence.targets(EvidenceRecordType.MEETING, 2025, branch1, null, null);
            assertThat(found.more()).isFalse();
            assertThat(found.rows()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo(m);
                assertThat(t.day()).isEqualTo(LocalDate.of(2025, 3, 8));
                assertThat(t.unit()).isEqualTo(RosterFixture.BRANCH_1);
                assertThat(t.meetingTypes()).containsExactly(MeetingType.THEMED_PARTY_DAY);
                assertThat(t.text()).isEqualTo("学习贯彻全会精神");
            });
            assertThat(evidence.targets(EvidenceRecordType.MEETING, null, null, MeetingType.THEMED_PARTY_DAY, null).rows())
                    .extracting(LinkTarget::text).containsExactly("学习贯彻全会精神", "去年的主题党日");
            assertThat(evidence.targets(EvidenceRecordType.MEETING, null, ids.units().get(RosterFixture.COMMITTEE), null, "发展").rows())
                    .extracting(LinkTarget::text).containsExactly("支委会研究发展党员");
            assertThat(evidence.targets(EvidenceRecordType.MEMBER, 2025, null, null, "张").rows())
                    .extracting(LinkTarget::text).contains("张伟");

            int before = auditRows(ws);
            EvidenceService.Linked first = evidence.linkAll(files.subList(0, 2), EvidenceRecordType.MEETING, m);
            assertThat(first).isEqualTo(new EvidenceService.Linked(2, 0));
            assertThat(auditRows(ws)).isEqualTo(before + 2);
            EvidenceService.Linked again = evidence.linkAll(files, EvidenceRecordType.MEETING, m);
            assertThat(again).isEqualTo(new EvidenceService.Linked(1, 2));
            assertThat(ws.database().read().fetchCount(EVIDENCE_LINK)).isEqualTo(3);
            assertThat(auditRows(ws)).isEqualTo(before + 3);
            assertThat(evidence.proves(files).get(files.get(0))).containsExactly(
                    new ProvenRecord(EvidenceRecordType.MEETING, m, "2025-03-08 学习贯彻全会精神"));

            // a record that is not there (a meeting 作废 meanwhile) is refused and nothing is written
            assertThatThrownBy(() -> evidence.linkAll(files, EvidenceRecordType.MEETING, m + 100))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("三会一课记录已不存在");
            assertThatThrownBy(() -> evidence.linkAll(List.of(9999, files.get(0)), EvidenceRecordType.MEETING, m))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("找不到这个佐证材料（编号 9999）");
            assertThat(auditRows(ws)).isEqualTo(before + 3);

            int removed = evidence.unlinkAll(List.of(new EvidenceService.Link(files.get(0), EvidenceRecordType.MEETING, m),
                    new EvidenceService.Link(files.get(1), EvidenceRecordType.MEETING, m)));
            assertThat(removed).isEqualTo(2);
            assertThat(evidence.linkedTo(EvidenceRecordType.MEETING, m)).extracting(EvidenceItem::id).containsExactly(files.get(2));
            AuditTrail.Entry deleted = new AuditTrail(ws.database()).of("evidence_link", 1).stream()
                    .filter(e -> e.action().equals("DELETE")).findFirst().orElseThrow();
            assertThat(String.valueOf(deleted.before().get("evidence_id"))).isEqualTo(String.valueOf(files.get(0)));
            assertThat(deleted.before()).containsEntry("record_type", "MEETING");
            assertThat(deleted.operator()).isEqualTo("干事");
        }
    }
}
