package org.partydesk.cli;

import java.util.concurrent.Callable;

import org.partydesk.app.Workspace;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.app.sample.SampleBureau.Scale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "向空数据库填入示例单位“示例市生态环境局”（同一种子得到相同数据）")
final class SampleCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions dbOptions;

    @Option(names = "--scale", paramLabel = "small|large", defaultValue = "small",
            description = "small：约300名在职党员、41个党支部、3年；large：10000名党员、500个党支部、10年")
    String scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20250101", description = "随机种子（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--year", paramLabel = "Y", description = "示例数据的“当前年”（默认：今年）")
    Integer year;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Scale s = switch (scale) {
            case "small" -> Scale.SMALL;
            case "large" -> Scale.LARGE;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--scale 只能是 small 或 large，而不是 " + scale);
        };
        long start = System.nanoTime();
        try (Workspace ws = dbOptions.open()) {
            SampleBureau.Summary summary = SampleBureau.generate(ws, s, seed, year, org.partydesk.app.Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf("已在 %s 生成示例单位：%s（用时 %.1f 秒）%n", ws.databaseFile(), summary.describe(), seconds);
        }
        return PartyDeskCommand.OK;
    }
}
