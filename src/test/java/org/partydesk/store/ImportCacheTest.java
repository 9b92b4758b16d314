package org.partydesk.store;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An import's transaction writes under a large page cache, and the connection's own cache is back afterwards. */
class ImportCacheTest {
    @TempDir
    Path dir;

    private static int cacheSize(org.jooq.DSLContext dsl) {
        return dsl.fetchOne("pragma cache_size").get(0, Integer.class);
    }

    @Test
    void anImportBatchWritesUnderTheLargeCacheAndGivesItBack() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            int usual = cacheSize(db.read());
            int during = db.write("测试", tx -> {
                int before = cacheSize(tx.dsl());
                assertThat(before).isEqualTo(usual); // a plain write keeps the usual cache
                tx.beginBatch("MEETINGS", "台账.xlsx");
                return cacheSize(tx.dsl());
            });
            assertThat(during).isEqualTo(-Tx.IMPORT_CACHE_KIB);
            assertThat(cacheSize(db.read())).isEqualTo(usual);

            assertThatThrownBy(() -> db.write("测试", tx -> {
                tx.beginBatch("MEETINGS", "台账.xlsx");
                throw new IllegalStateException("导入中断");
            })).hasMessage("导入中断");
            assertThat(cacheSize(db.read())).isEqualTo(usual);
        }
    }
}
