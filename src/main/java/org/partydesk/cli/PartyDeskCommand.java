package org.partydesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
     * The commands' names, in the order help lists them; each command is made only when needed ({@link #command}): a
     * command line that names one builds picocli's model of that one alone (reading every command's annotations took a
     * tenth of {@code check}'s start, issue 21), the version alone none; help, or a name that is no command get them
     * all, so help lists them and a mistyped name gets picocli's suggestions. Names and a switch, not a map of
     * constructor references: linking those fifteen references (and loading picocli's help command from the jar,
     * which opened the jar's 26,000 entries) came before the preload started on every start.
     */
    private static final List<String> COMMANDS = List.of("sample", "verify", "import", "imports", "undo-import", "export",
            "template", "stats", "check", "report", "dues", "package", "backup", "restore", "help");

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

    /** A new command of the given name (one of {@link #COMMANDS}). */
    private static Object command(String name) {
        return switch (name) {
            case "sample" -> new SampleCommand();
            case "verify" -> new VerifyCommand();
            case "import" -> new ImportCommand();
            case "imports" -> new ImportsCommand();
            case "undo-import" -> new UndoImportCommand();
            case "export" -> new ExportCommand();
            case "template" -> new TemplateCommand();
            case "stats" -> new StatsCommand();
            case "check" -> new CheckCommand();
            case "report" -> new ReportCommand();
            case "dues" -> new DuesCommand();
            case "package" -> new PackageCommand();
            case "backup" -> new BackupCommand();
            case "restore" -> new RestoreCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
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
        if (args.length > 0 && !args[0].equals("help") && COMMANDS.contains(args[0])) {
            cl.addSubcommand(args[0], command(args[0]));
        } else {
            for (String name : COMMANDS) {
                cl.addSubcommand(name, command(name));
            }
        }
        cl.setResourceBundle(new UsageTexts()); // every command's, the nested ones' too
        return cl;
    }

    /**
     * The words of the usage help that picocli writes itself, in Chinese like every command's own description: the
     * headings, the descriptions of the standard options (-h, -V) and everything of the help command's; picocli looks
     * them up under these keys before its English defaults, a key that starts with a command's qualified name (as
     * {@code partydesk.help.}) for that command only.
     */
    static final class UsageTexts extends java.util.ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                    {"usage.synopsisHeading", "用法："},
                    {"usage.commandListHeading", "命令：%n"},
                    {"mixinStandardHelpOptions.help", "显示本命令的用法并退出"},
                    {"mixinStandardHelpOptions.version", "显示版本并退出"},
                    {"helpCommand.help", "显示 help 命令本身的用法并退出"},
                    {"helpCommand.command", "要显示其用法的命令"},
                    {"partydesk.help.usage.header", "显示一个命令的用法"},
                    {"partydesk.help.usage.description", "例如 partydesk help import"},
                    {"partydesk.help.usage.parameterListHeading", "%n参数：%n"},
                    {"partydesk.help.usage.optionListHeading", "%n选项：%n"},
            };
        }
    }

    /** The names of every command, in the order help lists them. */
    static List<String> commandNames() {
        return COMMANDS;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... given) {
        String[] args = nestedHelp(given);
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
            if (Workspace.damaged(e)) {
                // a database that opened but is damaged inside, found while working on it: as one found on opening (exit 3)
                java.nio.file.Path db = databaseFile(commandLine);
                err.println("输入被拒绝：数据库文件 " + (db == null ? "" : db + " ") + "已损坏（SQLite 读到了无法识别的内容），"
                        + "未做任何改变。请用 verify 检查，并用最近一份完好的备份恢复（restore）");
                return REJECTED;
            }
            java.util.Optional<String> sqlite = Workspace.databaseFailure(e);
            err.println("出错：" + sqlite.orElseGet(() -> describe(e)));
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

    /**
     * {@code help report annual} as {@code report annual --help}: picocli's help command names one command only, and
     * would show the usage of {@code report} for it. Other arguments are returned as they are.
     */
    static String[] nestedHelp(String... args) {
        if (args.length > 2 && args[0].equals("help") && java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("-"))) {
            String[] out = java.util.Arrays.copyOf(java.util.Arrays.copyOfRange(args, 1, args.length), args.length);
            out[args.length - 1] = "--help";
            return out;
        }
        return args;
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

    /** The database file of the command that failed (its {@code --db}, or the default), or null for one without. */
    private static java.nio.file.Path databaseFile(CommandLine commandLine) {
        for (CommandLine.Model.CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof DatabaseOptions options) {
                return options.databaseFile();
            }
        }
        return null;
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
