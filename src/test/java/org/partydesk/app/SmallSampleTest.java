package org.partydesk.app;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.sample.SampleBureau;

/**
 * A test class reading one generated small sample bureau (seed 20250101, its last year {@link #YEAR}) made once for
 * all its tests in a temporary folder.
 */
public abstract class SmallSampleTest {
    protected static final int YEAR = 2025;

    @TempDir
    static Path sampleDir;
    protected static Workspace ws;

    @BeforeAll
    static void generate() {
        ws = Workspace.open(sampleDir.resolve("s.db"), "测试");
        SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, YEAR, Progress.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }
}
