package id.balai.platform.domain;

/** Texts that must fit a length, e.g. an SMS: cut at a word boundary, and the cut marked. */
public final class ShortText {
    private ShortText() {
    }

    /** The text with its spaces tidied, cut at a word boundary and marked "..." so that it fits {@code max}. */
    public static String fit(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        String cut = t.substring(0, max - 3);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut) + "...";
    }
}
