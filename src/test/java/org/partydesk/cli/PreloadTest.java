package org.partydesk.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command that names a database command starts readying jOOQ on a thread of its own while picocli reads the
 * arguments (issue 21); help and the version do not. The preload never outlives the command that started it,
 * also when the command stops before opening its database, and the command's results are those without it.
 */
class PreloadTest {
    @TempDir
    Path dir;

    @Test
    void onlyCommandsPreloadNotHelpOrTheVersion() {
        assertThat(PartyDeskCommand.opensDatabase("check", "--year", "2025", "--json")).isTrue();
        assertThat(PartyDeskCommand.opensDatabase("report", "annual", "--year", "2025")).isTrue();
        assertThat(PartyDeskCommand.opensDatabase()).isFalse();
        assertThat(PartyDeskCommand.opensDatabase("--version")).isFalse();
        assertThat(PartyDeskCommand.opensDatabase("-V")).isFalse();
        assertThat(PartyDeskCommand.opensDatabase("--help")).isFalse();
        assertThat(PartyDeskCommand.opensDatabase("help", "check")).isFalse();
        assertThat(PartyDeskCommand.opensDatabase("check", "--help")).isFalse();
        assertThat(PartyDeskCommand.opensDatabase("stats", "-h")).isFalse();
    }

    @Test
    void aCommandRefusedBeforeOpeningItsDatabaseLeavesNoPreloadRunning() {
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--year", "1800", "--db", dir.resolve("none.db").toString());
        assertThat(r.code()).isEqualTo(PartyDeskCommand.USAGE);
        assertThat(preloadRunning()).isFalse();
    }

    @Test
    void aCheckAfterThePreloadReadsTheDatabaseAsWithout() {
        Path file = dir.resolve("bureau.db");
        try (Database db = Database.open(file)) {
            new MeetingFixture(db).bureau2025();
        }
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--db", file.toString(), "--year", "2025", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("{\"year\":2025,\"quarter\":null,\"asOf\":").contains(
                "\"inProgress\":false,\"branches\":[{\"branch\":\"局党组\",\"rating\":\"GREEN\"");
        assertThat(preloadRunning()).isFalse();
    }

    private static boolean preloadRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("partydesk-preload") && t.isAlive());
    }
}
