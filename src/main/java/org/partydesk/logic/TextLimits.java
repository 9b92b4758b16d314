package org.partydesk.logic;

import java.util.Optional;

/**
 * How long a name may be. A cell or field longer than this is not a name but a paste gone wrong (a whole row, a note
 * typed in the wrong column), and would break every list, page and report it appears in: it is refused, saying how
 * long it is and what the limit is.
 */
public final class TextLimits {
    /** A person's name: the longest transliterated names (阿卜杜热合曼·买买提明) have about a dozen characters. */
    public static final int PERSON_NAME = 30;
    /** A unit's or the bureau's name: 中共××市生态环境局机关第一党支部 and longer still fit. */
    public static final int UNIT_NAME = 60;
    /** A 佐证材料 file's 标题: a short name (主题党日活动照片, a notice's title), which also names the file in 迎检材料. */
    public static final int EVIDENCE_TITLE = 100;
    /**
     * A 图片说明: a sentence or two printed under the photo in reports and listed in 迎检材料's 目录 (“▲3月5日，机关第一党支部
     * 开展主题党日活动。于海涛摄” has 26 characters); a page's width holds about 28 characters a line.
     */
    public static final int CAPTION = 300;
    /** A 佐证材料 file's 备注: a note for the office (原件存档案室, 待补拍), never printed; a few sentences at most. */
    public static final int EVIDENCE_NOTES = 200;

    private TextLimits() {
    }

    /** Why a person's name is too long (姓名, at most {@link #PERSON_NAME}); empty when it fits. */
    public static Optional<String> personName(String name) {
        return tooLong("姓名", name, PERSON_NAME);
    }

    /** Why a 佐证材料 file's title, caption, photographer or 备注 is too long; empty when they fit. */
    public static Optional<String> evidenceDescription(String title, String caption, String photographer, String notes) {
        return tooLong("标题", title, EVIDENCE_TITLE, "请精简")
                .or(() -> tooLong("图片说明", caption, CAPTION, "请精简"))
                .or(() -> tooLong("摄影", photographer, PERSON_NAME, "请只填拍摄人的姓名"))
                .or(() -> tooLong("备注", notes, EVIDENCE_NOTES, "请精简"));
    }

    /** Why {@code text} is too long for a {@code what} (e.g. 姓名) of at most {@code limit} characters; empty when it fits. */
    public static Optional<String> tooLong(String what, String text, int limit) {
        return tooLong(what, text, limit, "请检查是否填错了位置");
    }

    private static Optional<String> tooLong(String what, String text, int limit, String advice) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        return length <= limit ? Optional.empty()
                : Optional.of(what + "有" + length + "个字，超过" + limit + "个字的上限（“"
                        + text.substring(0, text.offsetByCodePoints(0, 12)) + "…”）；" + advice);
    }
}
