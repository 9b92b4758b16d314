package org.partydesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.partydesk.model.OutputFiles;
import org.partydesk.store.Backups;
import org.partydesk.store.DataPaths;

/**
 * The one check every file the program writes on request (ledger exports and templates, reports, the
 * inspection package, backups with {@code --out}) passes first: it must end with the right extension and
 * must not be, by its real path or file identity, the database, one of its companion files (-wal, -shm,
 * -journal), anything inside the evidence folder, a backup of this program, or a folder. Without it a
 * mistyped {@code --out} could replace the open database with a spreadsheet.
 */
public final class OutputPaths {
    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm", "-journal");

    private OutputPaths() {
    }

    /** {@link #check(Path, Path, Path, String...)} for an open workspace, its backup folder included. */
    public static Path check(Workspace ws, Path out, String... extensions) {
        return check(ws.databaseFile(), new BackupService(ws).folder(), out, extensions);
    }

    /**
     * The same for a backup written to a file of the clerk's choice: a .zip, which may replace an older backup
     * of the same name (the new one is complete before it replaces it), but nothing of the database.
     */
    public static Path checkBackupTarget(Workspace ws, Path out) {
        return check(ws.databaseFile(), null, out, true, ".zip");
    }

    /**
     * Refuses {@code out} with a Chinese reason ({@link InputRejectedException}) when it does not end with
     * one of {@code extensions} (".xlsx", …) or would overwrite what belongs to the database {@code dbFile}
     * (its backups in {@code backupFolder}, may be null, included). Returns {@code out}.
     */
    public static Path check(Path dbFile, Path backupFolder, Path out, String... extensions) {
        return check(dbFile, backupFolder, out, false, extensions);
    }

    private static Path check(Path dbFile, Path backupFolder, Path out, boolean mayReplaceBackup, String... extensions) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Arrays.stream(extensions).noneMatch(lower::endsWith)) {
            throw new InputRejectedException("输出文件“" + out + "”的扩展名不对：应以 " + String.join(" 或 ", extensions)
                    + " 结尾");
        }
        if (Files.isDirectory(out)) {
            throw new InputRejectedException("“" + out + "”是一个文件夹，请给出文件名");
        }
        if (Arrays.stream(extensions).anyMatch(lower::equals)) {
            // ".docx" alone is a hidden file with no name that a clerk would not find again
            throw new InputRejectedException("输出文件“" + out + "”只有扩展名，没有文件名：请写作 名称" + name);
        }
        Path target = real(out);
        Path db = real(dbFile);
        for (String suffix : COMPANIONS) {
            Path companion = db.resolveSibling(db.getFileName() + suffix);
            if (target.equals(companion) || sameFile(out, companion)) {
                throw new InputRejectedException("不能写到“" + out + "”：它是正在使用的数据库文件"
                        + (suffix.isEmpty() ? "" : "（" + suffix.substring(1) + " 文件）") + "，写入会毁掉数据。请换一个文件名");
            }
        }
        Path evidence = real(DataPaths.evidenceFolderFor(dbFile));
        if (target.startsWith(evidence)) {
            throw new InputRejectedException("不能写到“" + out + "”：它在佐证材料文件夹中。请换一个位置");
        }
        if (backupFolder != null && target.getParent() != null && target.getParent().equals(real(backupFolder))
                && Backups.isBackupName(target.getFileName().toString())) {
            throw new InputRejectedException("不能写到“" + out + "”：它是一份自动备份。请换一个文件名");
        }
        if (Files.isRegularFile(out) && readOnly(out)) {
            throw new InputRejectedException("不能覆盖“" + out + "”：它是只读文件。请在文件属性中取消“只读”，或换一个文件名");
        }
        if (!mayReplaceBackup && Files.isRegularFile(out) && isBackup(out)) {
            throw new InputRejectedException("不能写到“" + out + "”：它是党务台账的一份备份，覆盖后无法恢复。请换一个文件名");
        }
        return out;
    }

    /** The real path of a file, or of its folder plus its name when it does not exist yet (links resolved). */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                return abs.toRealPath();
            }
            Path parent = abs.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            // unreadable: compare as spelled
        }
        return abs;
    }

    /** Whether both exist and are the same file (a hard link or another spelling of it). */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a, LinkOption.NOFOLLOW_LINKS) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a file is marked read-only: not writable for this user, or, where files have POSIX permissions, without
     * its owner's write permission (an administrator could still write it, but the clerk marked it so on purpose).
     */
    private static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            return file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    && !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A zip holding this program's database entry. */
    private static boolean isBackup(Path file) {
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 4) {
                if (e.getName().equals(Backups.DB_ENTRY)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Why writing into {@code dir} failed, in words: the exception names the temporary file beside the target, which
     * the clerk never asked for.
     */
    public static String reason(IOException e, Path dir) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("There is not enough space")) {
            return "磁盘空间不足，请腾出空间或换一个位置后重试";
        }
        if (e instanceof java.nio.file.AccessDeniedException || m.contains("Permission denied")) {
            return "没有在文件夹“" + dir + "”中写入的权限，请换一个位置";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return m;
    }

    /** What writes a file's content to its stream. */
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /**
     * Writes to a part file beside {@code target} ({@link OutputFiles#createPart}), then moves it into place; nothing
     * is left on failure, and what a killed earlier write of the same file left is removed first.
     */
    public static void writeAtomically(Path target, Writing writing) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            OutputFiles.removeStaleParts(abs); // what a killed write of this file left
            tmp = OutputFiles.createPart(abs);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writing.to(out);
            }
            OutputFiles.useUmaskMode(tmp);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (java.util.concurrent.CancellationException e) {
            throw new Progress.CancelledException();
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入文件 " + abs + "：" + reason(e, dir), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the part file could not be removed; the next write of the target removes it
                }
            }
        }
    }
}
