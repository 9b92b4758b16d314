package org.partydesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partydesk.model.ReportDraft;
import org.partydesk.model.ReportFigure;
import org.partydesk.store.jooq.tables.records.ReportDraftChoiceRecord;
import org.partydesk.store.jooq.tables.records.ReportDraftRecord;
import org.partydesk.store.jooq.tables.records.ReportDraftSectionRecord;

import static org.partydesk.store.jooq.Tables.REPORT_DRAFT;
import static org.partydesk.store.jooq.Tables.REPORT_DRAFT_CHOICE;
import static org.partydesk.store.jooq.Tables.REPORT_DRAFT_SECTION;

/**
 * The saved drafts of the annual summary, one per year: the draft row, its sections in order and the
 * figures, honours and photos chosen for each section. Saving replaces the year's sections (audited).
 */
public final class ReportDraftRepository {
    private static final String FIGURE = "FIGURE";
    private static final String HONOUR = "HONOUR";
    private static final String PHOTO = "PHOTO";

    private final Database db;

    public ReportDraftRepository(Database db) {
        this.db = db;
    }

    /** The saved draft of {@code year}, if any. */
    public Optional<ReportDraft> find(int year) {
        var dsl = db.read();
        ReportDraftRecord d = dsl.selectFrom(REPORT_DRAFT).where(REPORT_DRAFT.YEAR.eq(year)).fetchOne();
        if (d == null) {
            return Optional.empty();
        }
        List<ReportDraft.Section> sections = new ArrayList<>();
        for (ReportDraftSectionRecord s : dsl.selectFrom(REPORT_DRAFT_SECTION)
                .where(REPORT_DRAFT_SECTION.DRAFT_ID.eq(d.getId())).orderBy(REPORT_DRAFT_SECTION.SEQ).fetch()) {
            List<ReportFigure> figures = new ArrayList<>();
            List<String> honours = new ArrayList<>();
            List<Integer> photos = new ArrayList<>();
            for (ReportDraftChoiceRecord c : dsl.selectFrom(REPORT_DRAFT_CHOICE)
                    .where(REPORT_DRAFT_CHOICE.SECTION_ID.eq(s.getId())).orderBy(REPORT_DRAFT_CHOICE.SEQ).fetch()) {
                switch (c.getKind()) {
                    case FIGURE -> figures.add(ReportFigure.valueOf(c.getRef()));
                    case HONOUR -> honours.add(c.getRef());
                    case PHOTO -> photos.add(Integer.valueOf(c.getRef()));
                    default -> throw new StoreException("未知的报告选择类型：" + c.getKind());
                }
            }
            sections.add(new ReportDraft.Section(s.getLevel(), s.getHeading(), s.getTopic(), s.getNarrative(),
                    figures, honours, photos));
        }
        return Optional.of(new ReportDraft(d.getId(), d.getYear(), d.getOutline(), d.getTitle(), d.getSubtitle(),
                d.getLead(), sections, d.getSavedAt()));
    }

    /** Saves {@code draft} as the draft of its year (replacing a saved one) in one audited transaction. */
    public void save(String operator, ReportDraft draft) {
        db.write(operator, tx -> {
            var dsl = tx.dsl();
            ReportDraftRecord d = dsl.selectFrom(REPORT_DRAFT).where(REPORT_DRAFT.YEAR.eq(draft.year())).fetchOne();
            boolean isNew = d == null;
            if (isNew) {
                d = dsl.newRecord(REPORT_DRAFT);
                d.setYear(draft.year());
            } else {
                deleteSections(tx, d.getId());
            }
            d.setOutline(draft.outline());
            d.setTitle(draft.title());
            d.setSubtitle(draft.subtitle());
            d.setLead(draft.lead());
            d.setSavedAt(tx.now());
            int draftId;
            if (isNew) {
                draftId = tx.insert(d);
            } else {
                tx.update(d);
                draftId = d.getId();
            }
            int seq = 0;
            for (ReportDraft.Section s : draft.sections()) {
                ReportDraftSectionRecord r = dsl.newRecord(REPORT_DRAFT_SECTION);
                r.setDraftId(draftId);
                r.setSeq(++seq);
                r.setLevel(s.level());
                r.setHeading(s.heading());
                r.setTopic(s.topic());
                r.setNarrative(s.narrative());
                int sectionId = tx.insert(r);
                int n = 0;
                for (ReportFigure f : s.figures()) {
                    choice(tx, sectionId, ++n, FIGURE, f.name());
                }
                for (String h : s.honours()) {
                    choice(tx, sectionId, ++n, HONOUR, h);
                }
                for (Integer p : s.photos()) {
                    choice(tx, sectionId, ++n, PHOTO, String.valueOf(p));
                }
            }
            return null;
        });
    }

    private static void choice(Tx tx, int sectionId, int seq, String kind, String ref) {
        ReportDraftChoiceRecord c = tx.dsl().newRecord(REPORT_DRAFT_CHOICE);
        c.setSectionId(sectionId);
        c.setSeq(seq);
        c.setKind(kind);
        c.setRef(ref);
        tx.insert(c);
    }

    private static void deleteSections(Tx tx, int draftId) {
        var dsl = tx.dsl();
        for (ReportDraftSectionRecord s : dsl.selectFrom(REPORT_DRAFT_SECTION)
                .where(REPORT_DRAFT_SECTION.DRAFT_ID.eq(draftId)).fetch()) {
            for (ReportDraftChoiceRecord c : dsl.selectFrom(REPORT_DRAFT_CHOICE)
                    .where(REPORT_DRAFT_CHOICE.SECTION_ID.eq(s.getId())).fetch()) {
                tx.delete(c);
            }
            tx.delete(s);
        }
    }
}
