package org.partydesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Only one writer: a process that opens a database holds an exclusive lock on {@code <file>.lock}
 * until it closes it. A second process (another window, a command) is refused with a clear message
 * instead of racing the first one. Inside one process the lock is shared (counted), so a window and
 * its background tasks may open the same file.
 */
final class DatabaseLock {
    private static final Map<Path, DatabaseLock> HELD = new HashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private int users;

    private DatabaseLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static DatabaseLock acquire(Path databaseFile) {
        Path key = realPath(databaseFile);
        refuseHardLinks(databaseFile, key);
        synchronized (HELD) {
            DatabaseLock held = HELD.get(key);
            if (held != null) {
                held.users++;
                return held;
            }
            Path lockFile = key.resolveSibling(key.getFileName() + ".lock");
            FileChannel channel = null;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw new DatabaseInUseException(key);
                }
                DatabaseLock l = new DatabaseLock(key, channel, lock);
                l.users = 1;
                HELD.put(key, l);
                return l;
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw new DatabaseInUseException(key);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new StoreException("无法锁定数据库文件 " + key + "：不能在它所在的文件夹中创建或写入 " + lockFile.getFileName()
                        + "（" + (e instanceof java.nio.file.AccessDeniedException ? "没有权限" : e.getMessage())
                        + "）。请检查该文件夹的权限，或把数据库复制到自己有写入权限的文件夹", e);
            }
        }
    }

    /**
     * The file as the file system knows it: links and "..", resolved, so that every spelling of one database
     * (a symbolic link, another relative path) takes the same lock. A file not created yet: its real folder.
     */
    static Path realPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            if (java.nio.file.Files.exists(abs)) {
                return abs.toRealPath();
            }
            Path parent = abs.getParent();
            if (parent != null && java.nio.file.Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            // not resolvable: lock it as spelled
        }
        return abs;
    }

    /**
     * A database file with a second name (a hard link) could be opened twice under two names, each with its
     * own lock and its own -wal file, and two writers would corrupt it: such a file is not opened.
     */
    private static void refuseHardLinks(Path spelled, Path real) {
        try {
            if (java.nio.file.Files.exists(real) && real.getFileSystem().supportedFileAttributeViews().contains("unix")) {
                Object links = java.nio.file.Files.getAttribute(real, "unix:nlink");
                if (links instanceof Integer n && n > 1) {
                    throw new NotADatabaseException(spelled, "这个数据库文件还有另外 " + (n - 1) + " 个名字（硬链接），"
                            + "两个名字同时写入会损坏数据库。请只保留一个名字（或把它复制成一个独立的文件）后再打开");
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no link count on this file system
        }
    }

    void release() {
        synchronized (HELD) {
            if (--users > 0) {
                return;
            }
            HELD.remove(key);
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel is closed next, which releases the lock anyway
            }
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
