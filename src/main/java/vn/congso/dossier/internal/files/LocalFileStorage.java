package vn.congso.dossier.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files in a local directory ({@code congso.files.dir}, by default {@code ./data/files}): the embedded default.
 * A key is a relative path under the root. A file is first written to a temporary file in its final directory and
 * then moved into place atomically, so a reader never sees half a file and a crash leaves at most a stray
 * {@code .upload-*.tmp} (keys never start with a dot, so these never clash with stored files).
 */
public class LocalFileStorage implements FileStorage {

    private final Path root;
    private final boolean fsync;
    private final Set<Path> directories = ConcurrentHashMap.newKeySet();

    /**
     * @param root  the directory holding the files; created on the first write
     * @param fsync whether to force the bytes (and the directory entry, where the platform allows) to disk before
     *              {@link #put} returns; off by default since the database commit follows anyway
     */
    public LocalFileStorage(Path root, boolean fsync) {
        this.root = root.toAbsolutePath().normalize();
        this.fsync = fsync;
    }

    public LocalFileStorage(Path root) {
        this(root, false);
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, Path source, String contentType) {
        write(key, temp -> Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        // one write call (Files.write would cut the bytes into 8 KB writes, each copied through a direct buffer)
        write(key, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        });
    }

    private interface Filler {
        void fill(Path temp) throws IOException;
    }

    /** Writes a temporary file next to the target, forces it if asked, then moves it into place. */
    private void write(String key, Filler filler) {
        Path target = resolve(key);
        Path temp = null;
        try {
            temp = createTemp(target.getParent());
            filler.fill(temp);
            if (fsync) {
                force(temp);
            }
            move(temp, target);
            temp = null;
            if (fsync) {
                forceDirectory(target.getParent());
            }
        } catch (IOException e) {
            throw new FileStorageException("Could not store " + key + " under " + root, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless
                }
            }
        }
    }

    /**
     * A new temporary file in {@code directory}. A day's directory is made once and then remembered rather than
     * checked for every file; if it has gone since (removed by hand), it is made again.
     */
    private Path createTemp(Path directory) throws IOException {
        Path temp = directory.resolve(".upload-" + UUID.randomUUID() + ".tmp");
        if (directories.contains(directory)) {
            try {
                return Files.createFile(temp);
            } catch (NoSuchFileException gone) {
                directories.remove(directory);
            }
        }
        Files.createDirectories(directory);
        if (directories.size() > 1_000) {
            directories.clear();
        }
        directories.add(directory);
        return Files.createFile(temp);
    }

    @Override
    public InputStream open(String key) {
        Path file = resolve(key);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new StoredFileNotFoundException(key);
        } catch (IOException e) {
            throw new FileStorageException("Could not read " + key + " under " + root, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new FileStorageException("Could not delete " + key + " under " + root, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    private Path resolve(String key) {
        Path file = root.resolve(FileStorage.checkKey(key)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Bad file storage key: " + key);
        }
        return file;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void forceDirectory(Path directory) {
        // Works on Linux and macOS; Windows cannot open a directory as a channel, and the file is already durable.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}
