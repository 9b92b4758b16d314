package org.partydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.InspectionPackage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "package", mixinStandardHelpOptions = true,
        description = "生成迎检材料压缩包：按类别和党支部分文件夹，附“目录.xlsx”")
final class PackageCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--year", paramLabel = "Y", required = true, description = "年度")
    int year;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "输出的压缩包")
    Path out;

    @Option(names = "--branch", paramLabel = "NAME", description = "只打包这个党组织（含其下属）")
    String branch;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = dbOptions.openExisting()) {
            InspectionPackage.Result r = new InspectionPackage(ws).build(year, branch, out, Progress.NONE);
            spec.commandLine().getOut().println("已生成迎检材料 " + r.zip() + "：" + r.records() + " 条记录，" + r.files() + " 个文件");
            if (r.files() == 0) {
                // the package holds the evidence files; meetings and honours without any give only an empty index
                spec.commandLine().getOut().println("注意：" + year + "年" + (branch == null ? "" : branch) + "还没有佐证材料，压缩包中只有空的目录。"
                        + "请先在会议、评先创优或责任清单纪实上添加佐证材料（照片、扫描件、会议记录），再生成迎检材料");
            }
            return PartyDeskCommand.OK;
        }
    }
}
