package id.balai.complaints.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citizen's SMS to the hotline asks (SPIKM Pasal 5a, 8): the status of a case (its tracking number, alone
 * or after STATUS or CEK), help (INFO, BANTUAN, or nothing), or otherwise a new report. Commands are Indonesian
 * first and case-insensitive; a text too short to be a report gets the help, so that a typo is not filed.
 */
public sealed interface SmsCommand {
    /** Shorter than this is no report (the web form asks 10 for the description too). */
    int MIN_REPORT_LENGTH = 10;
    /** What the description keeps (the web form's maximum). */
    int MAX_REPORT_LENGTH = 5000;

    /** Send the help text. */
    record Help() implements SmsCommand {
    }

    /** Tell the status of this case, in upper case. */
    record Status(String trackingNumber) implements SmsCommand {
    }

    /** File this text as a new report. */
    record Report(String text) implements SmsCommand {
    }

    Pattern STATUS = Pattern.compile("^(?:(?:STATUS|CEK|LACAK)\\s+)?([A-Z]{2,10}-\\d{4}-\\d{6})\\.?$",
            Pattern.CASE_INSENSITIVE);
    Pattern HELP = Pattern.compile("^(?:INFO|BANTUAN|HELP|STATUS|CEK|LACAK|\\?)?$", Pattern.CASE_INSENSITIVE);

    static SmsCommand parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        Matcher status = STATUS.matcher(t);
        if (status.matches()) {
            return new Status(status.group(1).toUpperCase(Locale.ROOT));
        }
        if (HELP.matcher(t).matches() || t.length() < MIN_REPORT_LENGTH) {
            return new Help();
        }
        return new Report(t.length() > MAX_REPORT_LENGTH ? t.substring(0, MAX_REPORT_LENGTH) : t);
    }
}
