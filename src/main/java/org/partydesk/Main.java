package org.partydesk;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.partydesk.cli.PartyDeskCommand;
import org.partydesk.gui.PartyDeskApp;

/**
 * The launcher (not an {@code Application}, so {@code java -jar} works with JavaFX on the class path):
 * no arguments opens the window, arguments run the command line.
 */
public final class Main {
    private Main() {
    }

    /**
     * Host names are never looked up: the JDK's font configuration (loaded when POI measures a column or a
     * chart is drawn) asks for this machine's own name to name a cache file, and where that name is not in the
     * hosts file the system resolver sends a DNS query. With this property the JDK resolves names from the
     * given file only (none here), so that look-up fails at once, as it should, and nothing leaves the machine.
     */
    public static void offline() {
        if (System.getProperty(HOSTS_FILE_PROPERTY) == null) {
            System.setProperty(HOSTS_FILE_PROPERTY, "");
        }
    }

    /**
     * POI's temporary files (large exports, reports) go to a folder of this user's own: the shared
     * {@code /tmp/poifiles} that POI uses by default belongs to whoever made it first, and a second user of the
     * same computer was refused ("AccessDeniedException: /tmp/poifiles").
     */
    static void ownTemporaryFolder() {
        String user = folderWord(System.getProperty("user.name", "user"));
        java.io.File folder = new java.io.File(System.getProperty("java.io.tmpdir"), "partydesk-poifiles-" + user);
        // POI falls back to the shared folder when the one it is given does not exist yet
        if (!folder.isDirectory() && !folder.mkdirs()) {
            return;
        }
        org.apache.poi.util.TempFile.setTempFileCreationStrategy(new org.apache.poi.util.DefaultTempFileCreationStrategy(folder));
    }

    /**
     * {@code name} with every character but letters, digits, '.', '_' and '-' as '_' (one for each character, a
     * supplementary one included). A loop, not {@code replaceAll("[^\\p{L}\\p{N}._-]", "_")}: compiling the
     * pattern's Unicode classes spun classes of method handles on every start (issue 21).
     */
    static String folderWord(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            sb.appendCodePoint(Character.isLetter(c) || numeric(c) || c == '.' || c == '_' || c == '-' ? c : '_');
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** Whether {@code c} is of a Unicode number category (\p{N}: a decimal digit, a letter number, another number). */
    private static boolean numeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The JDK's property that replaces the system resolver by a hosts file. */
    public static final String HOSTS_FILE_PROPERTY = "jdk.net.hosts.file";

    /** Exit code of a window that cannot open (no display): as for any other failure. */
    static final int NO_WINDOW = 1;

    public static void main(String[] args) {
        offline();
        ownTemporaryFolder();
        if (args.length == 0) {
            Optional<String> problem = displayProblem(System.getProperty("os.name", ""), System.getenv(),
                    System.getProperty("glass.platform"));
            if (problem.isPresent()) {
                refuseWindow(problem.get());
            }
            try {
                PartyDeskApp.launchWindow(args);
            } catch (UnsupportedOperationException e) {
                // JavaFX could not open the display it was given ("Unable to open DISPLAY")
                refuseWindow(noWindowMessage("无法连接图形显示（" + e.getMessage() + "）"));
            }
        } else {
            System.exit(PartyDeskCommand.run(args));
        }
    }

    /**
     * Why the window cannot open here, or empty when it can: on Linux and other Unix systems (not Windows or
     * macOS) a window needs an X11 or Wayland display ({@code DISPLAY} or {@code WAYLAND_DISPLAY}), unless
     * JavaFX runs headless ({@code glass.platform=Monocle}). Without one JavaFX ends with a stack trace.
     */
    static Optional<String> displayProblem(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        if (!isBlank(env.get("DISPLAY")) || !isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of(noWindowMessage("没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 均未设置）"));
    }

    private static String noWindowMessage(String reason) {
        return "无法打开党务台账窗口：" + reason + "。请在桌面上从菜单启动，或在桌面的终端中运行；"
                + "不需要窗口的工作可用命令行完成（加 --help 查看全部命令）。";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void refuseWindow(String message) {
        new PrintStream(System.err, true, StandardCharsets.UTF_8).println(message);
        System.exit(NO_WINDOW);
    }
}
