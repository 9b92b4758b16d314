package org.partydesk.app.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.store.EvidenceStore;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link EvidenceService#files} and {@link EvidenceService#check}, the queries behind the gallery. */
class EvidenceFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesAreFilteredByLinkedRecordTypeAndByYearTakenElseAdded() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("e.db"), "干事")) {
            EvidenceService service = new EvidenceService(ws);
            Path photo = Files.writeString(dir.resolve("主题党日.jpg"), "jpeg bytes");
            Path notice = Files.writeString(dir.resolve("通知.pdf"), "pdf bytes");
            var details = new EvidenceStore.Details(null, "▲3月5日，机关第一党支部开展主题党日活动。", "于海涛",
                    LocalDate.of(2024, 3, 5), null);
            service.add(List.of(new EvidenceService.NewFile(photo, details)), EvidenceRecordType.MEETING, 7, Progress.NONE);
            List<Integer> ids = service.addFiles(List.of(notice), EvidenceRecordType.COMMENDATION, 3, Progress.NONE);
            service.link(ids.get(0), EvidenceRecordType.MEMBER, 1);
            int addedYear = LocalDate.now().getYear();

            // newest first by the day each is dated: the notice added today (no date taken) before the 2024 photo
            assertThat(service.files(null, null)).extracting(EvidenceFile::originalName)
                    .containsExactly("通知.pdf", "主题党日.jpg");
            assertThat(service.files(EvidenceRecordType.MEETING, null)).extracting(EvidenceFile::originalName)
                    .containsExactly("主题党日.jpg");
            assertThat(service.files(null, 2024)).extracting(EvidenceFile::originalName).containsExactly("主题党日.jpg");
            assertThat(service.files(null, addedYear)).extracting(EvidenceFile::originalName).containsExactly("通知.pdf");
            assertThat(service.files(EvidenceRecordType.MEETING, addedYear)).isEmpty();

            EvidenceFile pdf = service.files(EvidenceRecordType.COMMENDATION, null).get(0);
            assertThat(pdf.image()).isFalse();
            assertThat(pdf.linkedTo()).containsExactlyInAnyOrder(EvidenceRecordType.COMMENDATION, EvidenceRecordType.MEMBER);
            assertThat(Files.readString(pdf.file())).isEqualTo("pdf bytes");
            EvidenceFile jpg = service.files(EvidenceRecordType.MEETING, null).get(0);
            assertThat(jpg.image()).isTrue();
            assertThat(jpg.photographer()).isEqualTo("于海涛");

            assertThat(service.check().ok()).isTrue();
            Files.delete(pdf.file());
            EvidenceService.Check check = service.check();
            assertThat(check.checked()).isEqualTo(2);
            assertThat(check.missing()).singleElement().asString().contains("通知.pdf");
        }
    }
}
