package id.balai.support;

import id.balai.platform.domain.DomainException;

/** What a refusal says to the client: its stable code, and the field it names ("CODE:field"); "none" if no refusal. */
public final class DomainCodes {
    private DomainCodes() {
    }

    public static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code() + e.field().map(f -> ":" + f).orElse("");
        }
        return "none";
    }
}
