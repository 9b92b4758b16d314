package org.partydesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.Imports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imports [--json]}: every ledger import, newest first (decision 0013). */
@Command(name = "imports", mixinStandardHelpOptions = true,
        description = "列出台账导入记录（编号、时间、操作人、台账类型、文件、新增/更新条数、是否已撤销）；用 undo-import 编号 撤销")
final class ImportsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = dbOptions.openExisting()) {
            List<Imports.Entry> all = new Imports(ws).list();
            if (json) {
                out.println(json(all));
            } else if (all.isEmpty()) {
                out.println("还没有导入过台账");
            } else {
                out.println("编号\t导入时间\t操作人\t台账\t文件\t内容\t状态");
                for (Imports.Entry e : all) {
                    out.println(e.id() + "\t" + e.startedText() + "\t" + e.batch().operator() + "\t" + e.kindLabel() + "\t"
                            + e.batch().fileName() + "\t" + e.summaryText() + "\t" + (e.batch().undone() ? e.undoneText() : "有效"));
                }
            }
            return PartyDeskCommand.OK;
        }
    }

    static String json(List<Imports.Entry> all) {
        JsonText j = new JsonText().beginArray();
        for (Imports.Entry e : all) {
            j.beginObject()
                    .key("id").value(e.id())
                    .key("startedAt").value(e.batch().startedAt().toString())
                    .key("operator").value(e.batch().operator())
                    .key("kind").value(e.batch().kind())
                    .key("file").value(e.batch().fileName())
                    .key("added").value(e.added())
                    .key("updated").value(e.updated())
                    .key("undoneAt").value(e.batch().undone() ? e.batch().undoneAt().toString() : null)
                    .key("undoneBy").value(e.batch().undoneBy())
                    .endObject();
        }
        return j.endArray().toString();
    }
}
