package org.partydesk.app.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

import org.partydesk.app.sample.Meetings.Plan;
import org.partydesk.app.sample.Roster.Person;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;
import org.partydesk.store.EvidenceFiles;

/**
 * Evidence photos of the current year: drawn pictures (a coloured ground, a flag, hills, the date in
 * seven-segment digits, no fonts needed) stored as PNG under their SHA-256, linked to meetings and
 * commendations, with captions in the seeds' form "▲3月5日，机关第一党支部开展主题党日活动。".
 */
final class EvidenceImages {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    /** Segments a-g of each digit, bit 0 = a (top) … bit 6 = g (middle). */
    private static final int[] SEGMENTS = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};

    private final SampleContext ctx;
    private final List<Person> photographers;
    int count;

    private EvidenceImages(SampleContext ctx, Roster roster) {
        this.ctx = ctx;
        this.photographers = roster.people.stream().filter(p -> p.staff && !p.roleHolder).toList();
    }

    static EvidenceImages build(SampleContext ctx, Roster roster, Meetings meetings, Commendations commendations) {
        EvidenceImages images = new EvidenceImages(ctx, roster);
        int total = ctx.shape.images();
        if (total == 0) {
            return images;
        }
        int forCommendations = Math.min(total / 5, commendations.currentYear.size());
        List<Plan> candidates = new ArrayList<>(meetings.currentYear.stream()
                .filter(p -> p.unit.kind == org.partydesk.model.OrgKind.BRANCH && (p.is(MeetingType.THEMED_PARTY_DAY)
                        || p.is(MeetingType.PARTY_LESSON) || p.is(MeetingType.BRANCH_ASSEMBLY)))
                .toList());
        for (int i = 0; i < total - forCommendations && !candidates.isEmpty(); i++) {
            ctx.progress.checkCancelled();
            Plan p = candidates.remove(ctx.rnd.nextInt(candidates.size()));
            int kind = p.is(MeetingType.THEMED_PARTY_DAY) ? 0 : p.is(MeetingType.PARTY_LESSON) ? 1 : 2;
            String caption = ctx.text.format("evidence", 4 + kind, p.date.getMonthValue(), p.date.getDayOfMonth(), p.unit.name);
            images.image(ctx.text.at("evidence", kind), caption, p.date, EvidenceRecordType.MEETING, p.id);
        }
        List<Commendations.Awarded> awards = new ArrayList<>(commendations.currentYear);
        for (int i = 0; i < forCommendations; i++) {
            Commendations.Awarded a = awards.remove(ctx.rnd.nextInt(awards.size()));
            String caption = ctx.text.format("evidence", 7, a.on().getMonthValue(), a.on().getDayOfMonth(), a.title());
            images.image(ctx.text.at("evidence", 3), caption, a.on(), EvidenceRecordType.COMMENDATION, a.id());
        }
        return images;
    }

    private void image(String title, String caption, LocalDate takenOn, EvidenceRecordType type, int recordId) {
        byte[] png = draw(takenOn);
        String sha = sha256(png);
        Path file = EvidenceFiles.pathFor(ctx.evidenceFolder, sha, "png");
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.write(file, png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int id = ctx.evidence.newId();
        Person photographer = ctx.pick(photographers);
        ctx.evidence.add(id, sha, title + ".png", "image/png", png.length, title, caption, photographer.name, takenOn,
                takenOn.atTime(18, 0));
        ctx.evidenceLink.add(id, type.name(), recordId);
        count++;
    }

    private byte[] draw(LocalDate date) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.getHSBColor(ctx.rnd.nextFloat(), 0.25f + ctx.rnd.nextFloat() * 0.3f, 0.85f));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(40 + ctx.rnd.nextInt(60), 120 + ctx.rnd.nextInt(80), 60 + ctx.rnd.nextInt(50)));
            for (int i = 0; i < 3; i++) {
                int cx = ctx.between(0, WIDTH);
                int w = ctx.between(200, 420);
                int h = ctx.between(80, 180);
                g.fillPolygon(new int[] {cx - w / 2, cx, cx + w / 2}, new int[] {HEIGHT, HEIGHT - h, HEIGHT}, 3);
            }
            int fx = ctx.between(40, WIDTH - 240);
            g.setColor(new Color(0xDE2910));
            g.fillRect(fx, 40, 180, 120);
            g.setColor(new Color(0xFFDE00));
            g.fillOval(fx + 20, 60, 36, 36);
            g.setColor(Color.DARK_GRAY);
            g.fillRect(fx - 6, 40, 6, 220);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            String digits = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            for (int i = 0; i < digits.length(); i++) {
                digit(g, WIDTH - 330 + i * 38 + (i >= 4 ? 12 : 0) + (i >= 6 ? 12 : 0), HEIGHT - 70, digits.charAt(i) - '0');
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void digit(Graphics2D g, int x, int y, int d) {
        int w = 22;
        int h = 22;
        int s = SEGMENTS[d];
        int[][] lines = {
                {x, y, x + w, y}, {x + w, y, x + w, y + h}, {x + w, y + h, x + w, y + 2 * h},
                {x, y + 2 * h, x + w, y + 2 * h}, {x, y + h, x, y + 2 * h}, {x, y, x, y + h}, {x, y + h, x + w, y + h}};
        for (int i = 0; i < 7; i++) {
            if ((s & (1 << i)) != 0) {
                g.drawLine(lines[i][0], lines[i][1], lines[i][2], lines[i][3]);
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
