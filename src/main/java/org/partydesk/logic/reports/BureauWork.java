package org.partydesk.logic.reports;

/**
 * What the summary says of the bureau's own line of work, from its name: an ecology and environment bureau's texts
 * speak of 生态环境保护 and its 生态环保铁军, any other bureau's of its 中心工作 in general words, so that a 自然资源局
 * or an office without a name set never reads about another sector. Outlines write {@code {cause}}, {@code {task}}
 * and {@code {corps}} where these go.
 *
 * @param cause what the party work serves ("生态环境保护事业", "全局各项事业")
 * @param task  the work party members take part in ("生态环境保护", "全局")
 * @param corps the name of the ideal the four requirements come from, with nothing after it ("生态环保铁军"), or ""
 */
public record BureauWork(String cause, String task, String corps) {
    /** An ecology and environment bureau's words. */
    public static final BureauWork ECOLOGY = new BureauWork("生态环境保护事业", "生态环境保护", "生态环保铁军");
    /** The words for any other bureau, and for none named. */
    public static final BureauWork GENERAL = new BureauWork("全局各项事业", "全局", "");

    /** The words for a bureau of this name (blank or null: {@link #GENERAL}). */
    public static BureauWork of(String bureauName) {
        String name = bureauName == null ? "" : bureauName;
        return name.contains("生态环境") || name.contains("环境保护") || name.contains("环保") ? ECOLOGY : GENERAL;
    }

    /** {@code text} with {@code {cause}}, {@code {task}} and {@code {corps}} filled in. */
    public String fill(String text) {
        return text == null ? null : text.replace("{cause}", cause).replace("{task}", task).replace("{corps}", corps);
    }
}
