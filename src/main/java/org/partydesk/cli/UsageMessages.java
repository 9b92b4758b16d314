package org.partydesk.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

import picocli.CommandLine;

/**
 * picocli's usage errors in Chinese: a clerk who types {@code --quarter 3a} reads "选项 --quarter 的值“3a”不是
 * 整数", not picocli's English. Messages of our own (already Chinese) pass through.
 */
final class UsageMessages {
    private static final Pattern INVALID = Pattern.compile(
            "Invalid value for (?:option|positional parameter at index \\d+) '?([^':]+)'?(?: \\([^)]*\\))?: '(.*)' is not an? (\\w+)");
    private static final Pattern INVALID_ENUM = Pattern.compile(
            "Invalid value for option '([^']+)': expected one of \\[(.*)] .*but was '(.*)'");
    private static final Pattern MISSING_OPTION = Pattern.compile("Missing required options?: (.*)");
    private static final Pattern MISSING_PARAMETER = Pattern.compile("Missing required parameters?: (.*)");
    private static final Pattern UNKNOWN = Pattern.compile("Unknown options?: (.*)");
    private static final Pattern UNMATCHED = Pattern.compile("Unmatched arguments? (?:from|at) index \\d+: (.*)");
    private static final Pattern EXPECTS = Pattern.compile("Expected parameter for option '([^']+)' but found '(.*)'");
    private static final Pattern MISSING_VALUE = Pattern.compile("Missing required parameter for option '([^']+)'.*");
    private static final Pattern UNKNOWN_COMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.?");
    private static final Pattern TWICE = Pattern.compile("option '([^']+)' (?:\\([^)]*\\) )?should be specified only once.*");
    private static final Pattern EXCLUSIVE = Pattern.compile("(.+) are mutually exclusive.*");

    private UsageMessages() {
    }

    /**
     * {@link #message} and, for a word picocli did not recognise, the commands or options it comes close to (a mistyped
     * {@code chek} or {@code --yeer}): "；是不是要用 check？".
     */
    static String chinese(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return message(e);
        }
        String typed = u.getUnmatched().get(0);
        CommandLine.Model.CommandSpec spec = u.getCommandLine().getCommandSpec();
        // where a command has commands of its own and no parameters, an unmatched first word is a command's name
        boolean commandName = !spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty() && !typed.startsWith("-");
        String m = commandName ? noSuchCommand(typed) : message(e);
        List<String> close = u.getSuggestions().stream().filter(s -> close(typed, s)).toList();
        return close.isEmpty() ? m : m + "；是不是要用 " + String.join("、", close) + "？";
    }

    /**
     * Whether {@code suggested} is near enough to what was typed to be what was meant: at most one edit in three
     * characters (at least one). picocli's suggestions also name words that merely share letters ("frobnicate":
     * template, stats).
     */
    static boolean close(String typed, String suggested) {
        // -1 beyond the threshold
        return new LevenshteinDistance(Math.max(1, typed.length() / 3)).apply(typed, suggested) >= 0;
    }

    private static String noSuchCommand(String name) {
        return "没有“" + name + "”这个命令";
    }

    private static String message(CommandLine.ParameterException e) {
        String m = String.valueOf(e.getMessage());
        Matcher x;
        if ((x = INVALID_ENUM.matcher(m)).find()) {
            return "选项 " + x.group(1) + " 的值“" + x.group(3) + "”不对，应为 " + x.group(2).replace(", ", "、") + " 之一";
        }
        if ((x = INVALID.matcher(m)).find()) {
            String kind = switch (x.group(3)) {
                case "int", "long", "short", "Integer", "Long" -> "整数";
                case "double", "float", "BigDecimal" -> "数字";
                case "LocalDate" -> "日期（如 2025-12-31）";
                default -> x.group(3);
            };
            return "选项 " + x.group(1).strip() + " 的值“" + x.group(2) + "”不是" + kind;
        }
        if ((x = MISSING_OPTION.matcher(m)).find()) {
            return "缺少必填的选项 " + x.group(1).replace("'", "").replace(", ", "、");
        }
        if ((x = MISSING_PARAMETER.matcher(m)).find()) {
            return "缺少必填的参数 " + x.group(1).replace("'", "").replace(", ", "、");
        }
        if ((x = UNKNOWN.matcher(m)).find()) {
            return "不认识的选项 " + x.group(1).replace("'", "").replace(", ", "、");
        }
        if ((x = UNMATCHED.matcher(m)).find()) {
            return "多余的参数 " + x.group(1).replace("'", "").replace(", ", "、");
        }
        if ((x = EXPECTS.matcher(m)).find()) {
            return "选项 " + x.group(1) + " 后面应给出它的值，而不是“" + x.group(2) + "”";
        }
        if ((x = MISSING_VALUE.matcher(m)).find()) {
            return "选项 " + x.group(1) + " 后面缺少它的值";
        }
        if ((x = UNKNOWN_COMMAND.matcher(m)).find()) {
            return noSuchCommand(x.group(1));
        }
        if ((x = TWICE.matcher(m)).find()) {
            return "选项 " + x.group(1) + " 只能写一次";
        }
        if ((x = EXCLUSIVE.matcher(m)).find()) {
            return "选项 " + x.group(1).replaceAll("\\s*=\\S+", "").replace(", ", "、").replace("'", "") + " 不能同时使用";
        }
        return m;
    }
}
