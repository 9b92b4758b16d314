package org.partydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where an evidence file lives: {@code <evidence folder>/<first two hex digits>/<sha256>.<ext>}.
 * Files are named by their SHA-256, so one file stored twice is kept once and a changed file is
 * found by hashing it again.
 */
public final class EvidenceFiles {
    private EvidenceFiles() {
    }

    /** The stored path of a file with this hash and extension (without the dot; may be empty). */
    public static Path pathFor(Path folder, String sha256, String ext) {
        String hash = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!isSha256(hash)) {
            // a hash becomes a path: anything but 64 hex digits ("../../…") could reach outside the folder
            throw new StoreException("佐证材料记录中的文件标识“" + sha256 + "”不是有效的 SHA-256（应为64位十六进制数字），"
                    + "数据库可能被改动过；请运行“verify”检查");
        }
        String name = ext == null || ext.isEmpty() ? hash : hash + "." + ext.toLowerCase(Locale.ROOT);
        return folder.resolve(hash.substring(0, 2)).resolve(name);
    }

    /** Whether {@code s} is a SHA-256 as stored: exactly 64 lower-case hexadecimal digits. */
    public static boolean isSha256(String s) {
        return s != null && s.length() == 64 && s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    /** The lower-case extension of a file name, without the dot; empty when there is none or it is odd. */
    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? ext : "";
    }

    /** The SHA-256 of a file as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    /** The SHA-256 of what is left of a stream (read to its end, not closed) as lower-case hex. */
    public static String sha256(InputStream stream) throws IOException {
        DigestInputStream in = new DigestInputStream(stream, digest());
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(in.getMessageDigest().digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
