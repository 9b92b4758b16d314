package org.partydesk.logic.reports;

import java.time.LocalDate;
import java.util.Set;

import org.partydesk.logic.Terms;
import org.partydesk.model.MeetingType;

/** Photo captions in the sources' form: "▲8月7日，机关第一党支部开展主题党日活动。 孙艳摄". */
public final class Captions {
    private Captions() {
    }

    /**
     * The caption line of a photo of a meeting, built from the meeting's record: "▲7月10日，第三大队党支部开展
     * “……”主题党日活动。 李刚国摄"; a 党课 names its lecturer, other meetings their type and theme.
     */
    public static String ofMeeting(LocalDate heldOn, String unit, Set<MeetingType> types, String theme, String lecturer,
                                   String photographer) {
        String t = theme == null || theme.isBlank() ? null : ChineseText.themeQuoted(theme);
        String what;
        if (types.contains(MeetingType.THEMED_PARTY_DAY)) {
            what = unit + "开展" + (t == null ? "" : t) + "主题党日活动";
        } else if (types.contains(MeetingType.PARTY_LESSON)) {
            what = lecturer == null || lecturer.isBlank()
                    ? unit + "开展专题党课" + (t == null ? "" : t)
                    : lecturer.strip() + "同志为" + unit + "党员讲授专题党课" + (t == null ? "" : t);
        } else {
            String type = types.isEmpty() ? "会议" : Terms.label(types.iterator().next());
            what = unit + "召开" + type + (t == null ? "" : "，主题为" + t);
        }
        return of(what, null, heldOn, photographer);
    }

    /**
     * The caption line of a photo: the stored caption (given ▲ and the date taken when it lacks them, and a
     * closing 。), then the photographer with 摄. A photo without any caption is described by its title.
     */
    public static String of(String caption, String title, LocalDate takenOn, String photographer) {
        String text = caption == null || caption.isBlank() ? (title == null ? "" : title.strip()) : caption.strip();
        StringBuilder s = new StringBuilder();
        if (!text.startsWith("▲")) {
            s.append('▲');
            if (takenOn != null && !text.startsWith(ChineseText.monthDay(takenOn))) {
                s.append(ChineseText.monthDay(takenOn)).append('，');
            }
        }
        s.append(ChineseText.sentence(text));
        if (photographer != null && !photographer.isBlank()) {
            s.append(' ').append(photographer.strip()).append('摄');
        }
        return s.toString();
    }
}
