package id.balai.complaints.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citizen's SMS to the hotline asks (SPIKM Pasal 5a, 8): the status of a case (its tracking number, alone
 * or after STATUS or CEK), help (INFO, BANTUAN, or nothing), an answer to the central administrator's question
 * (JAWAB, with or without the tracking number: issue 16), a new report forced with LAPOR, or otherwise a text that is
 * a new report, or the answer when the sender has one case waiting for it. Commands are Indonesian first and
 * case-insensitive; a text too short to be a report gets the help, so that a typo is not filed.
 */
public sealed interface SmsCommand {
    /** Shorter than this is no report (the web form asks 10 for the description too). */
    int MIN_REPORT_LENGTH = 10;
    /** What the description keeps (the web form's maximum). */
    int MAX_REPORT_LENGTH = 5000;
    /** What a clarification keeps (the tracking page's maximum). */
    int MAX_ANSWER_LENGTH = 2000;

    /** Send the help text. */
    record Help() implements SmsCommand {
    }

    /** Tell the status of this case, in upper case. */
    record Status(String trackingNumber) implements SmsCommand {
    }

    /**
     * File this text as a new report; {@code forced} (LAPOR) means it is never taken as an answer to a waiting
     * question.
     */
    record Report(String text, boolean forced) implements SmsCommand {
    }

    /** The answer to the central administrator's question, about the named case or the sender's one waiting case. */
    record Clarify(Optional<String> trackingNumber, String text) implements SmsCommand {
    }

    Pattern STATUS = Pattern.compile("^(?:(?:STATUS|CEK|LACAK)\\s+)?([A-Z]{2,10}-\\d{4}-\\d{6})\\.?$",
            Pattern.CASE_INSENSITIVE);
    Pattern HELP = Pattern.compile("^(?:INFO|BANTUAN|HELP|STATUS|CEK|LACAK|JAWAB|LAPOR|\\?)?$",
            Pattern.CASE_INSENSITIVE);
    Pattern CLARIFY = Pattern.compile("^JAWAB\\s+(?:([A-Z]{2,10}-\\d{4}-\\d{6})\\s*[:.,-]?\\s*)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    Pattern FORCED = Pattern.compile("^LAPOR\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    static SmsCommand parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        Matcher status = STATUS.matcher(t);
        if (status.matches()) {
            return new Status(status.group(1).toUpperCase(Locale.ROOT));
        }
        if (HELP.matcher(t).matches()) {
            return new Help();
        }
        Matcher clarify = CLARIFY.matcher(t);
        if (clarify.matches() && clarify.group(2).strip().length() >= 2) {
            String answer = clarify.group(2).strip();
            return new Clarify(Optional.ofNullable(clarify.group(1)).map(n -> n.toUpperCase(Locale.ROOT)),
                    answer.length() > MAX_ANSWER_LENGTH ? answer.substring(0, MAX_ANSWER_LENGTH) : answer);
        }
        Matcher forced = FORCED.matcher(t);
        boolean isForced = forced.matches();
        String report = isForced ? forced.group(1).strip() : t;
        if (report.length() < MIN_REPORT_LENGTH) {
            return new Help();
        }
        return new Report(report.length() > MAX_REPORT_LENGTH ? report.substring(0, MAX_REPORT_LENGTH) : report,
                isForced);
    }
}
