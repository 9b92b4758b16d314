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
        Path key = databaseFile.toAbsolutePath().normalize();
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
                throw new StoreException("无法锁定数据库文件 " + key + "：" + e.getMessage(), e);
            }
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
