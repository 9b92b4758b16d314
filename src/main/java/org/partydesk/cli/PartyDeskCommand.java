package org.partydesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.partydesk.app.DatabaseBusyException;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.app.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of PartyDesk. Exit codes: 0 done; 2 wrong usage; 3 input rejected (nothing was
 * written); 4 the database is open in another window or command (nothing was done); 1 anything else,
 * always with a message and never a bare stack trace.
 */
@Command(name = "partydesk",
        mixinStandardHelpOptions = true,
        versionProvider = PartyDeskCommand.VersionProvider.class,
        description = "党务台账 PartyDesk 命令行。不带参数启动时打开桌面窗口。")
public final class PartyDeskCommand implements Runnable {
    /**
     * The commands, in the order help lists them, each made only when needed: a command line that names one builds
     * picocli's model of that one alone (reading every command's annotations took a tenth of {@code check}'s start,
     * issue 21), the version alone none; help, or a name that is no command get them all, so help lists them and a
     * mistyped name gets picocli's suggestions.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REJECTED = 3;
    public static final int BUSY = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定一个命令，例如 sample、verify；用 --help 查看全部命令");
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("sample", SampleCommand::new);
        c.put("verify", VerifyCommand::new);
        c.put("import", ImportCommand::new);
        c.put("imports", ImportsCommand::new);
        c.put("undo-import", UndoImportCommand::new);
        c.put("export", ExportCommand::new);
        c.put("template", TemplateCommand::new);
        c.put("stats", StatsCommand::new);
        c.put("check", CheckCommand::new);
        c.put("report", ReportCommand::new);
        c.put("dues", DuesCommand::new);
        c.put("package", PackageCommand::new);
        c.put("backup", BackupCommand::new);
        c.put("restore", RestoreCommand::new);
        c.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(c);
    }

    /**
     * The command line for {@code args}: the root with the one command they name, with none for the version alone
     * (which prints no command), or with all of them.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new PartyDeskCommand());
        if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
            return cl;
        }
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        return cl;
    }

    /** The names of every command, in the order help lists them. */
    static Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean preload = opensDatabase(args);
        if (preload) {
            Workspace.preload(); // while picocli reads the arguments and the command opens its database file
        }
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable e = ex;
            if (e instanceof InputRejectedException) {
                err.println("输入被拒绝：" + e.getMessage());
                return REJECTED;
            }
            if (e instanceof DatabaseBusyException) {
                err.println("数据库正在使用：" + e.getMessage());
                return BUSY;
            }
            err.println("出错：" + describe(e));
            return FAILED;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("用法错误：" + UsageMessages.chinese(ex));
            CommandLine c = ex.getCommandLine();
            err.println("用 " + c.getCommandSpec().qualifiedName() + " --help 查看用法");
            return USAGE;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
            if (preload) {
                Workspace.awaitPreload(); // a command that stopped before opening its database
            }
        }
    }

    /** Whether {@code args} name a command (each one opens a database), not only help or the version. */
    static boolean opensDatabase(String... args) {
        if (args.length == 0 || args[0].startsWith("-") || args[0].equals("help")) {
            return false;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Throwable e) {
        String msg = e.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = e.getClass().getSimpleName();
        }
        return msg;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"PartyDesk 党务台账 " + Version.current()};
        }
    }
}
