package id.balai.platform.interfaces;

import java.util.ArrayList;
import java.util.List;

/**
 * How large a request body may be, by path: a default for the whole API and larger limits for the paths that
 * declare one (an upload endpoint, say). A pattern matches a path's leading segments, {@code *} standing for one
 * segment: <code>/api/t/&#42;/attachments</code> covers {@code /api/t/muara-enim/attachments/12}; a pattern that
 * ends in {@code $} covers that path only, not the paths below it. The pattern with the most segments wins.
 */
public record RequestBodyLimits(long defaultMaxBytes, List<Rule> rules) {

    public record Rule(String pattern, long maxBytes) {
        public Rule {
            if (!pattern.startsWith("/")) {
                throw new IllegalArgumentException("A body-limit pattern is a path: " + pattern);
            }
            requirePositive(maxBytes);
        }

        String[] segments() {
            return pattern.substring(1, exact() ? pattern.length() - 1 : pattern.length()).split("/");
        }

        boolean exact() {
            return pattern.endsWith("$");
        }
    }

    public RequestBodyLimits {
        requirePositive(defaultMaxBytes);
        rules = List.copyOf(rules);
    }

    public static RequestBodyLimits of(long defaultMaxBytes) {
        return new RequestBodyLimits(defaultMaxBytes, List.of());
    }

    /** These limits with one more pattern. */
    public RequestBodyLimits with(String pattern, long maxBytes) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(new Rule(pattern, maxBytes));
        return new RequestBodyLimits(defaultMaxBytes, more);
    }

    public long limitFor(String path) {
        String[] parts = path.startsWith("/") ? path.substring(1).split("/") : path.split("/");
        long limit = defaultMaxBytes;
        int best = 0;
        for (Rule rule : rules) {
            String[] pattern = rule.segments();
            if (pattern.length > best && matches(pattern, parts) && (!rule.exact() || parts.length == pattern.length)) {
                best = pattern.length;
                limit = rule.maxBytes();
            }
        }
        return limit;
    }

    private static boolean matches(String[] pattern, String[] path) {
        if (path.length < pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            boolean any = pattern[i].equals("*") && !path[i].isEmpty();
            if (!any && !pattern[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    /** A size as people read it: {@code 256 KiB}, {@code 20 MiB}, or bytes when it is neither. */
    static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " byte";
    }

    private static void requirePositive(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("A body limit must be a positive number of bytes, is " + maxBytes);
        }
    }
}
