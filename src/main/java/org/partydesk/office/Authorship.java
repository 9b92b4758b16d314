package org.partydesk.office;

import org.apache.poi.ooxml.POIXMLDocument;

/**
 * The author a generated Word or Excel file names in its properties (文件 → 属性 → 作者): this program, not the
 * library that wrote it ("Apache POI"), which office PCs show in their file dialogs and printouts' headers.
 */
public final class Authorship {
    /** The name written as author and last editor. */
    public static final String AUTHOR = "党务台账";

    private Authorship() {
    }

    /** Names this program as the author of {@code doc}; returns it. */
    public static <D extends POIXMLDocument> D sign(D doc) {
        var core = doc.getProperties().getCoreProperties();
        core.setCreator(AUTHOR);
        core.getUnderlyingProperties().setLastModifiedByProperty(AUTHOR);
        return doc;
    }
}
