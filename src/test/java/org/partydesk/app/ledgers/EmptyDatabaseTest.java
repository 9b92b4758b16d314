package org.partydesk.app.ledgers;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;

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
}
