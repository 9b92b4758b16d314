package org.partydesk.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A database that fails {@link DatabaseChecks}: a backup of it would be refused by a restore, so none is written (and
 * no older backup is pruned to make room for it).
 */
public class UnsoundDatabaseException extends StoreException {
    private final Path file;
    private final List<String> problems;

    public UnsoundDatabaseException(Path file, List<String> problems) {
        super("未生成备份：数据库 " + file + " 未通过检查，它的备份恢复时会被拒绝：\n" + String.join("\n", problems)
                + "\n已有的备份都保留着，没有删除。请用 verify 检查这个数据库，并用最近一份完好的备份恢复");
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
