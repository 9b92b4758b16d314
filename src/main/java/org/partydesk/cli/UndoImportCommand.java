package org.partydesk.cli;

import java.util.concurrent.Callable;

import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.Imports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code undo-import ID}: removes what import ID added and restores what it updated, in one transaction; refused
 * (exit 3, nothing written) when it was undone already or later work depends on it (decision 0013).
 */
@Command(name = "undo-import", mixinStandardHelpOptions = true,
        description = "撤销一次台账导入：删除它新增的记录，把它更新的记录恢复为导入前的内容；之后的导入或修改依赖它时拒绝（退出码 3）")
final class UndoImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Parameters(index = "0", paramLabel = "ID", description = "导入编号（见 imports）")
    int id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = dbOptions.openExistingToWrite()) {
            Imports imports = new Imports(ws);
            Imports.Entry e = imports.find(id);
            Imports.Undone done = imports.undo(id);
            spec.commandLine().getOut().println("已撤销导入 #" + id + "（" + e.kindLabel() + "“" + e.batch().fileName()
                    + "”）：删除 " + done.removed() + " 条记录，恢复 " + done.restored() + " 条记录");
            return PartyDeskCommand.OK;
        }
    }
}
