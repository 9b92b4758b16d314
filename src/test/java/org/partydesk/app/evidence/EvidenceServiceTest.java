package org.partydesk.app.evidence;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.cli.PartyDeskCommand;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.store.EvidenceFiles;
import org.partydesk.store.EvidenceStore;
import org.partydesk.store.SettingsRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;

class EvidenceServiceTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void oneFileStoredTwiceIsKeptOnceAndLinkedToBothRecords() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("e.db"), "干事")) {
            EvidenceService service = new EvidenceService(ws);
            Path photo = file("主题党日.jpg", "jpeg bytes");
            Path sameContent = file("副本.jpg", "jpeg bytes");
            var details = new EvidenceStore.Details("主题党日", "▲3月5日，机关第一党支部开展主题党日活动。", "于海涛", LocalDate.of(2025, 3, 5), null);
            var first = service.add(List.of(new EvidenceService.NewFile(photo, details)), EvidenceRecordType.MEETING, 7, Progress.NONE);
            var second = service.add(List.of(new EvidenceService.NewFile(sameContent, EvidenceStore.Details.none())), EvidenceRecordType.COMMENDATION, 3, Progress.NONE);
            assertThat(second.get(0).alreadyStored()).isTrue();
            assertThat(second.get(0).evidenceId()).isEqualTo(first.get(0).evidenceId());
            assertThat(ws.database().read().fetchCount(EVIDENCE)).isEqualTo(1);
            assertThat(ws.database().read().fetchCount(EVIDENCE_LINK)).isEqualTo(2);

            var row = ws.database().read().selectFrom(EVIDENCE).fetchOne();
            assertThat(row.getOriginalName()).isEqualTo("主题党日.jpg");
            assertThat(row.getMediaType()).isEqualTo("image/jpeg");
            assertThat(row.getPhotographer()).isEqualTo("于海涛");
            assertThat(row.getSha256()).isEqualTo(EvidenceFiles.sha256("jpeg bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Path stored = EvidenceFiles.pathFor(ws.database().evidenceFolder(), row.getSha256(), "jpg");
            assertThat(Files.readString(stored)).isEqualTo("jpeg bytes");
            try (var s = Files.walk(ws.database().evidenceFolder())) {
                assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(1);
            }

            // linking again changes nothing; unlinking removes one link only
            service.link(first.get(0).evidenceId(), EvidenceRecordType.MEETING, 7);
            assertThat(ws.database().read().fetchCount(EVIDENCE_LINK)).isEqualTo(2);
            service.unlink(first.get(0).evidenceId(), EvidenceRecordType.COMMENDATION, 3);
            assertThat(new EvidenceStore(ws.database()).linkedTo(EvidenceRecordType.MEETING, 7)).hasSize(1);
            assertThat(new EvidenceStore(ws.database()).linkedTo(EvidenceRecordType.COMMENDATION, 3)).isEmpty();
        }
    }

    @Test
    void verifyFindsChangedMissingAndUnreferencedFiles() throws Exception {
        Path db = dir.resolve("v.db");
        try (Workspace ws = Workspace.open(db, "干事")) {
            EvidenceService service = new EvidenceService(ws);
            var a = service.add(List.of(new EvidenceService.NewFile(file("a.pdf", "minutes A"), EvidenceStore.Details.none()),
                    new EvidenceService.NewFile(file("b.png", "photo B"), EvidenceStore.Details.none())), null, null, Progress.NONE);
            assertThat(service.verify().ok()).isTrue();

            Path aFile = EvidenceFiles.pathFor(ws.database().evidenceFolder(), a.get(0).sha256(), "pdf");
            Files.writeString(aFile, "minutes A, edited afterwards");
            Path bFile = EvidenceFiles.pathFor(ws.database().evidenceFolder(), a.get(1).sha256(), "png");
            Files.delete(bFile);
            Path stray = ws.database().evidenceFolder().resolve("stray.txt");
            Files.writeString(stray, "?");

            EvidenceStore.Verification v = service.verify();
            assertThat(v.changed()).singleElement().asString().contains("a.pdf");
            assertThat(v.missing()).singleElement().asString().contains("b.png");
            assertThat(v.unreferenced()).containsExactly(stray.toAbsolutePath().normalize());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PartyDeskCommand.run(new PrintWriter(out), new PrintWriter(err), "verify", "--db", db.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("佐证材料已被改动", "a.pdf", "佐证材料缺失", "b.png", "未登记的文件", "stray.txt");
    }

    @Test
    void unreadableEmptyAndOversizedFilesAreRefusedAndNothingIsAdded() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            new SettingsRepository(ws.database()).put("干事", EvidenceService.MAX_MB_SETTING, "1");
            EvidenceService service = new EvidenceService(ws);
            Path ok = file("ok.txt", "fine");
            Path big = dir.resolve("in").resolve("扫描件.pdf");
            Files.write(big, new byte[2 * 1024 * 1024]);
            assertThatThrownBy(() -> service.add(List.of(new EvidenceService.NewFile(ok, EvidenceStore.Details.none()),
                    new EvidenceService.NewFile(big, EvidenceStore.Details.none())), null, null, Progress.NONE))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining("扫描件.pdf").hasMessageContaining("超过设置的上限 1.0 MB");
            assertThatThrownBy(() -> service.add(List.of(new EvidenceService.NewFile(dir.resolve("nope.jpg"), EvidenceStore.Details.none())), null, null, Progress.NONE))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("nope.jpg").hasMessageContaining("无法读取");
            Path empty = file("empty.jpg", "");
            assertThatThrownBy(() -> service.add(List.of(new EvidenceService.NewFile(empty, EvidenceStore.Details.none())), null, null, Progress.NONE))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("文件是空的");
            LocalDate tomorrow = LocalDate.now(ws.database().clock()).plusDays(1);
            Path photo = file("合影.jpg", "a photo");
            assertThatThrownBy(() -> service.add(List.of(new EvidenceService.NewFile(photo,
                    new EvidenceStore.Details("主题党日合影", "党员在社区开展志愿服务", "张三", tomorrow, null))), null, null, Progress.NONE))
                    .isInstanceOf(InputRejectedException.class).hasMessage("合影.jpg：拍摄日期（" + tomorrow + "）晚于今天，请核对");
            assertThat(ws.database().read().fetchCount(EVIDENCE)).isZero();
        }
    }
}
