package id.balai.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a PDF with poppler's tools, as anyone checking a letter would: {@code pdftotext} for its words,
 * {@code pdffonts} for its fonts, {@code pdfsig} for its signatures. They come with the machine (.ci/run installs
 * poppler-utils); without them a test fails, it never skips.
 */
public final class Poppler {
    private Poppler() {
    }

    /** The text, in reading order with the layout kept ({@code pdftotext -layout}). */
    public static String text(byte[] pdf) {
        return run(pdf, "pdftotext", "-layout", "-enc", "UTF-8", "{}", "-");
    }

    /** The text with every run of white space one space: a phrase reads whole, wherever the layout broke it. */
    public static String words(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    /** {@code pdffonts}'s table: one line per font, with its "emb" column. */
    public static String fonts(byte[] pdf) {
        return run(pdf, "pdffonts", "{}");
    }

    /** {@code pdfsig}'s report of every signature (no certificate check against a trust store). */
    public static String signatures(byte[] pdf) {
        return run(pdf, "pdfsig", "-nocert", "{}");
    }

    private static String run(byte[] pdf, String... command) {
        Path file = null;
        try {
            file = Files.createTempFile("letter", ".pdf");
            Files.write(file, pdf);
            List<String> args = new ArrayList<>();
            for (String c : command) {
                args.add(c.equals("{}") ? file.toString() : c);
            }
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command[0] + " did not finish");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("poppler's " + command[0] + " could not run (install poppler-utils)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans it
                }
            }
        }
    }
}
