package org.partydesk.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private UsageMessages() {
    }

    static String chinese(CommandLine.ParameterException e) {
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
        return m;
    }
}
