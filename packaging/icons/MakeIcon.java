import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the PartyDesk icon (a red ledger with a gold star and ruled lines) at the sizes the
 * installers need: run `java packaging/icons/MakeIcon.java packaging/icons` to regenerate the PNGs.
 */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File(dir, "partydesk-" + size + ".png"));
        }
        ImageIO.write(draw(256), "png", new File(dir, "partydesk.png"));
    }

    static BufferedImage draw(int s) {
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double m = s * 0.06;
        g.setPaint(new GradientPaint(0, 0, new Color(0xD7, 0x1F, 0x1F), s, s, new Color(0x9E, 0x0B, 0x0F)));
        g.fill(new RoundRectangle2D.Double(m, m, s - 2 * m, s - 2 * m, s * 0.18, s * 0.18));
        // the ledger's pages
        g.setColor(new Color(0xFF, 0xF8, 0xE7));
        double px = s * 0.22, py = s * 0.40, pw = s * 0.56, ph = s * 0.46;
        g.fill(new RoundRectangle2D.Double(px, py, pw, ph, s * 0.05, s * 0.05));
        g.setColor(new Color(0xC9, 0x9A, 0x2E));
        g.setStroke(new BasicStroke(Math.max(1f, s / 48f)));
        for (int i = 1; i <= 3; i++) {
            int y = (int) (py + ph * i / 4.0);
            g.drawLine((int) (px + pw * 0.12), y, (int) (px + pw * 0.88), y);
        }
        // a five-pointed star above
        g.setColor(new Color(0xFF, 0xD5, 0x4A));
        double cx = s / 2.0, cy = s * 0.24, r = s * 0.13;
        java.awt.geom.Path2D star = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.4;
            double x = cx + rr * Math.cos(a), y = cy + rr * Math.sin(a);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
        g.dispose();
        return img;
    }
}
