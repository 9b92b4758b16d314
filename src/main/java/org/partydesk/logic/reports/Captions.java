package org.partydesk.logic.reports;

import java.time.LocalDate;

/** Photo captions in the sources' form: "▲8月7日，机关第一党支部开展主题党日活动。 孙艳摄". */
public final class Captions {
    private Captions() {
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
