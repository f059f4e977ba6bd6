package id.balai.platform.infrastructure;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold secrets (keys, first passwords): created readable by their owner only from the first byte, never
 * world-readable for a moment, and written whole or not at all.
 */
public final class SecretFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private SecretFiles() {
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] fileAttributes() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
    }

    private static void createDirectories(Path dir) throws IOException {
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Writes the file whole (through a temporary file and an atomic move), owner-only. */
    public static void write(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        createDirectories(dir);
        Path partial = dir.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial, fileAttributes());
        Files.writeString(partial, content);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Appends a line, creating the file owner-only if it does not exist. */
    public static void append(Path file, String line) throws IOException {
        createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            Files.createFile(file, fileAttributes());
        }
        Files.writeString(file, line, StandardOpenOption.APPEND);
    }

    /** Whether someone other than the owner may read the file (always false where there are no POSIX modes). */
    public static boolean readableByOthers(Path file) throws IOException {
        return posix() && !OWNER_ONLY_FILE.containsAll(Files.getPosixFilePermissions(file));
    }
}
