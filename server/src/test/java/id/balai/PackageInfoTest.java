package id.balai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every package of the server says what it is for, in a {@code package-info.java} (issue 20 item 6). */
class PackageInfoTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPackageWithCodeHasAPackageInfoThatSaysItsJob() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            packages = dirs.filter(Files::isDirectory).filter(PackageInfoTest::holdsCode).toList();
        }
        assertThat(packages).as("packages under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(60);
        List<Path> silent = packages.stream().filter(p -> !saysItsJob(p.resolve("package-info.java"))).toList();
        assertThat(silent).as("packages without a package-info.java that says their job").isEmpty();
    }

    private static boolean holdsCode(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A javadoc comment of at least a few words before the package declaration. */
    private static boolean saysItsJob(Path packageInfo) {
        try {
            if (!Files.isRegularFile(packageInfo)) {
                return false;
            }
            String text = Files.readString(packageInfo);
            int doc = text.indexOf("/**");
            int declaration = text.indexOf("\npackage ");
            return doc >= 0 && declaration > doc && text.substring(doc, declaration).split("\\s+").length > 8;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
