package org.partydesk.app.ledgers;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The hand-made workbooks under {@code src/test/resources/ledgers/} (made by
 * {@code org.partydesk.testfiles.ClerkWorkbooks}), copied into a test's folder under their own names, so that
 * an import or its annotated copy never touches the committed file and messages name the file as it is.
 */
final class ClerkFiles {
    private ClerkFiles() {
    }

    /** Copies {@code ledgers/<path>} (e.g. "merged-branch/花名册.xlsx") into {@code dir}. */
    static Path copy(Path dir, String path) throws Exception {
        String resource = "/ledgers/" + path;
        try (InputStream in = ClerkFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("测试文件不存在：src/test/resources" + resource);
            }
            Path out = dir.resolve(Path.of(path).getFileName().toString());
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        }
    }
}
