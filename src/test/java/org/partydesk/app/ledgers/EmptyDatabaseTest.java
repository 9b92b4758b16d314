package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.store.MeetingRepository;

/** A ledger test that starts, as a new office does, from an empty database {@code t.db} in a temporary folder. */
abstract class EmptyDatabaseTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("t.db"), "测试");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** The stored meetings by theme (each loaded whole: attendance, 列席, types). */
    Map<String, Meeting> byTheme() {
        return byTheme(ws);
    }

    /** The meetings stored in {@code w} by theme. */
    static Map<String, Meeting> byTheme(Workspace w) {
        MeetingRepository repo = new MeetingRepository(w.database());
        return repo.list(MeetingFilter.ALL).stream().map(s -> repo.load(s.id()).orElseThrow())
                .collect(Collectors.toMap(Meeting::theme, m -> m));
    }
}
