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
