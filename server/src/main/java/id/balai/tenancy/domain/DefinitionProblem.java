package id.balai.tenancy.domain;

/**
 * One thing wrong in a tenant definition.
 *
 * @param path      where, as a JSON path into the definition ({@code $.parameters.complaint.followUpWorkingDays},
 *                  {@code $.orgUnits[3].children[0].kind}); an unknown key at its own path
 * @param message   what is wrong, in English
 * @param messageId the same in Bahasa Indonesia
 * @param clash     true when the definition is sound on its own but collides with another regency (a slug, short
 *                  code, host or SMS number already taken): answered as a conflict rather than as invalid input
 */
public record DefinitionProblem(String path, String message, String messageId, boolean clash) {

    /** A problem of the definition itself. */
    public static DefinitionProblem of(String path, String en, String id) {
        return new DefinitionProblem(path, en, id, false);
    }

    /** A collision with another regency. */
    public static DefinitionProblem clash(String path, String en, String id) {
        return new DefinitionProblem(path, en, id, true);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
