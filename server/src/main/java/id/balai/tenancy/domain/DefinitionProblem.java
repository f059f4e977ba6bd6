package id.balai.tenancy.domain;

/**
 * One thing wrong in a tenant definition.
 *
 * @param path    where, as a JSON path ({@code $.parameters.complaint.followUpWorkingDays})
 * @param message what is wrong, in English (definitions are written by operators)
 */
public record DefinitionProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
