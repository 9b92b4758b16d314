package org.partydesk.gui.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.testfiles.StoredRecords;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.evidence.InspectionPackage;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.MEETING;

/**
 * The 佐证材料 page's commands on chosen files and their forms' view models (修改说明, 关联到, 取消关联), on a real SQLite
 * file with real PNG files, reads and writes on the test's thread: no robot.
 */
class EvidenceActionsTest {
    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);



    @Test
    void aFilesRemarkIsEditedInTheDescriptionFormCheckedAuditedAndShownOnThePage() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("n.db"), "干事")) {
            EvidenceService service = new EvidenceService(ws);
            service.addAll(List.of(StoredRecords.png(dir, "合影.png", 0xC62828)),
                    new EvidenceService.Description(null, "原来的说明", "孙艳", LocalDate.of(2025, 3, 8)), Progress.NONE);
            EvidenceModel page = new EvidenceModel(service, new InspectionPackage(ws), i18n);
            EvidenceActions actions = new EvidenceActions(service, new Roster(ws), Background.sameThread(i18n), i18n, () -> { });
            EvidenceModel.Gallery wall = page.gallery(null, null);
            actions.choose(List.of(EvidenceActions.Chosen.of(wall.files().get(0), List.of())));
            int id = wall.files().get(0).id();
            DescriptionModel form = actions.describe();
            assertThat(form.notes.get()).isEmpty();
            assertThat(form.header()).isEqualTo("修改“合影.png”的标题、图片说明、摄影、拍摄日期和备注");
            int audits = org.partydesk.gui.FormTesting.audits(ws);

            // too long: refused inside the form, everything typed kept, nothing written
            String overlong = "存".repeat(201);
            form.notes.set(overlong);
            form.caption.set("新的说明");
            AtomicInteger closed = new AtomicInteger();
            form.save(closed::incrementAndGet);
            assertThat(closed.get()).isZero();
            assertThat(form.problem().get()).isEqualTo("备注有201个字，超过200个字的上限（“存存存存存存存存存存存存…”）；请精简");
            assertThat(form.notes.get()).isEqualTo(overlong);
            assertThat(form.caption.get()).isEqualTo("新的说明");
            assertThat(org.partydesk.gui.FormTesting.audits(ws)).isEqualTo(audits);

            form.notes.set("原件存档案室");
            form.save(closed::incrementAndGet);
            assertThat(closed.get()).isEqualTo(1);
            assertThat(actions.line().get()).isEqualTo("已修改“合影.png”的说明。");
            var update = new org.partydesk.store.AuditTrail(ws.database()).of("evidence", id).stream()
                    .filter(e -> e.action().equals("UPDATE")).reduce((x, y) -> y).orElseThrow();
            assertThat(update.operator()).isEqualTo("干事");
            assertThat(update.before()).containsEntry("caption", "原来的说明");
            assertThat(update.before().get("notes")).isNull();
            assertThat(update.after()).containsEntry("notes", "原件存档案室").containsEntry("caption", "新的说明");

            // shown where the clerk looks: the file list's 备注 column, the picture wall's tooltip, the form again
            assertThat(page.recent(10)).singleElement().satisfies(r -> assertThat(r.item().notes()).isEqualTo("原件存档案室"));
            EvidenceModel.Gallery again = page.gallery(null, null);
            assertThat(page.tooltip(again.files().get(0), List.of())).endsWith("\n备注：原件存档案室");
            actions.choose(List.of(EvidenceActions.Chosen.of(again.files().get(0), List.of())));
            assertThat(actions.describe().notes.get()).isEqualTo("原件存档案室");

            // the same again writes nothing; emptied, the remark is gone (audited)
            DescriptionModel same = actions.describe();
            same.save(closed::incrementAndGet);
            assertThat(actions.line().get()).isEqualTo("“合影.png”的说明没有改动。");
            int afterSame = org.partydesk.gui.FormTesting.audits(ws);
            DescriptionModel emptied = actions.describe();
            emptied.notes.set("  ");
            emptied.save(closed::incrementAndGet);
            assertThat(ws.database().read().selectFrom(EVIDENCE).fetchOne().getNotes()).isNull();
            assertThat(org.partydesk.gui.FormTesting.audits(ws)).isEqualTo(afterSame + 1);
        }
    }

    @Test
    void describeLinkAndUnlinkChosenFilesThroughTheirForms() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("a.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            int m = StoredRecords.meeting(ws, ids.units().get(RosterFixture.BRANCH_1), LocalDateTime.of(2025, 3, 8, 9, 0), "学习贯彻全会精神", MeetingType.THEMED_PARTY_DAY);
            EvidenceService service = new EvidenceService(ws);
            service.addAll(List.of(StoredRecords.png(dir, "合影.png", 0xC62828), StoredRecords.png(dir, "签到.png", 0x1565C0)),
                    new EvidenceService.Description(null, "原来的说明", "孙艳", LocalDate.of(2025, 3, 8)), Progress.NONE);
            EvidenceModel page = new EvidenceModel(service, new InspectionPackage(ws), i18n);
            AtomicInteger reloads = new AtomicInteger();
            EvidenceActions actions = new EvidenceActions(service, new Roster(ws), Background.sameThread(i18n), i18n,
                    reloads::incrementAndGet);

            EvidenceModel.Gallery wall = page.gallery(null, null);
            List<EvidenceActions.Chosen> both = wall.files().stream()
                    .map(f -> EvidenceActions.Chosen.of(f, wall.proves().getOrDefault(f.id(), List.of()))).toList();
            EvidenceActions.Chosen photo = both.stream().filter(c -> c.name().equals("合影.png")).findFirst().orElseThrow();
            assertThat(actions.canDescribe.get()).isFalse();
            assertThat(actions.canLink.get()).isFalse();
            actions.choose(List.of(photo));
            assertThat(actions.line().get()).isEqualTo("已选“合影.png”，佐证：（尚未关联）");
            assertThat(actions.canDescribe.get()).isTrue();
            assertThat(actions.canUnlink.get()).isFalse();

            // 修改说明: prefilled; an overlong caption is refused inside the form, which keeps what was typed
            DescriptionModel form = actions.describe();
            assertThat(form.caption.get()).isEqualTo("原来的说明");
            assertThat(form.photographer.get()).isEqualTo("孙艳");
            assertThat(form.takenOn.get()).isEqualTo(LocalDate.of(2025, 3, 8));
            String overlong = "说".repeat(301);
            form.caption.set(overlong);
            AtomicInteger closed = new AtomicInteger();
            form.save(closed::incrementAndGet);
            assertThat(closed.get()).isZero();
            assertThat(form.problem().get()).isEqualTo("图片说明有301个字，超过300个字的上限（“说说说说说说说说说说说说…”）；请精简");
            assertThat(form.caption.get()).isEqualTo(overlong);
            assertThat(reloads.get()).isZero();
            form.caption.set("▲3月8日，机关第一党支部开展主题党日活动。");
            form.photographer.set("于海涛");
            form.save(closed::incrementAndGet);
            assertThat(closed.get()).isEqualTo(1);
            assertThat(form.problem().get()).isEmpty();
            assertThat(actions.line().get()).isEqualTo("已修改“合影.png”的说明。");
            assertThat(reloads.get()).isEqualTo(1);
            assertThat(ws.database().read().selectFrom(EVIDENCE).where(EVIDENCE.ID.eq(photo.id())).fetchOne().getCaption())
                    .isEqualTo("▲3月8日，机关第一党支部开展主题党日活动。");

            // 关联到 for both files at once: the picker opens on the meetings of the year the photos were taken
            actions.choose(both);
            assertThat(actions.line().get()).isEqualTo("已选 2 个文件，可一起关联到同一条记录");
            assertThat(actions.canDescribe.get()).isFalse();
            LinkModel link = actions.link();
            link.open();
            assertThat(link.header()).isEqualTo("把选中的 2 个文件一起关联到下面选中的记录（作为它的佐证材料）");
            assertThat(link.year.get().value()).isEqualTo(2025);
            assertThat(link.units).extracting(Object::toString).contains("全部党组织", "　机关第一党支部");
            assertThat(link.byMeetingType.get()).isTrue();
            assertThat(link.unitHeading.get()).isEqualTo("党组织");
            assertThat(link.rows).singleElement().satisfies(t -> {
                assertThat(LinkModel.day(t)).isEqualTo("2025-03-08");
                assertThat(link.kindText(t)).isEqualTo("主题党日");
                assertThat(t.unit()).isEqualTo("机关第一党支部");
            });
            assertThat(link.status().get()).isEqualTo("共 1 条。选中一条后点“确定”（或双击该条）。");
            link.save(closed::incrementAndGet);
            assertThat(link.problem().get()).isEqualTo("请先在列表中选中要关联的记录。");
            link.words.set("没有这个主题");
            assertThat(link.rows).isEmpty();
            link.words.set("全会");
            link.chosen.set(link.rows.get(0));
            link.save(closed::incrementAndGet);
            assertThat(closed.get()).isEqualTo(2);
            assertThat(actions.line().get()).isEqualTo("已把 2 个文件关联到 三会一课：2025-03-08 学习贯彻全会精神。");
            assertThat(ws.database().read().fetchCount(EVIDENCE_LINK)).isEqualTo(2);

            // the same again adds nothing and says so
            LinkModel again = actions.link();
            again.open();
            again.chosen.set(again.rows.get(0));
            again.save(closed::incrementAndGet);
            assertThat(actions.line().get()).isEqualTo("已把 0 个文件关联到 三会一课：2025-03-08 学习贯彻全会精神。另有 2 个文件原已关联，未重复添加。");
            assertThat(ws.database().read().fetchCount(EVIDENCE_LINK)).isEqualTo(2);

            // other kinds: members have neither year nor meeting type
            again.kind.set(again.kinds.stream().filter(c -> c.value() == EvidenceRecordType.MEMBER).findFirst().orElseThrow());
            assertThat(again.byYear.get()).isFalse();
            assertThat(again.byMeetingType.get()).isFalse();
            assertThat(again.unitHeading.get()).isEqualTo("党支部");
            again.words.set("张伟");
            assertThat(again.rows).singleElement().satisfies(t -> {
                assertThat(t.text()).isEqualTo("张伟");
                assertThat(t.unit()).isEqualTo(RosterFixture.BRANCH_1);
            });

            // 取消关联: the page read again, the chosen files show what they prove
            EvidenceModel.Gallery read = page.gallery(null, null);
            actions.chooseAgain(read.files().stream()
                    .map(f -> EvidenceActions.Chosen.of(f, read.proves().getOrDefault(f.id(), List.of()))).toList());
            assertThat(actions.chosen).hasSize(2);
            assertThat(actions.canUnlink.get()).isTrue();
            UnlinkModel unlink = actions.unlink();
            assertThat(unlink.lines).extracting(Object::toString).containsExactlyInAnyOrder(
                    "合影.png → 三会一课：2025-03-08 学习贯彻全会精神", "签到.png → 三会一课：2025-03-08 学习贯彻全会精神");
            unlink.save(closed::incrementAndGet);
            assertThat(unlink.problem().get()).isEqualTo("请先选中要取消的关联。");
            unlink.chosen.setAll(unlink.lines.stream().filter(l -> l.fileName().equals("签到.png")).toList());
            unlink.save(closed::incrementAndGet);
            assertThat(actions.line().get()).isEqualTo("已取消 1 个关联（文件仍保留在佐证材料中）。");
            assertThat(service.linkedTo(EvidenceRecordType.MEETING, m)).extracting(e -> e.originalName())
                    .containsExactly("合影.png");
            assertThat(ws.database().read().fetchCount(EVIDENCE)).isEqualTo(2);
        }
    }
}
