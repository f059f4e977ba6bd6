package id.balai.it;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** An SMS as Kannel's get-url hands it to {@code /api/sms/kannel/inbound}, with the gateway's token when set. */
final class SmsIn {
    private SmsIn() {
    }

    static Map<String, String> of(String from, String to, String text) {
        Map<String, String> sms = new HashMap<>(Map.of("from", from, "to", to, "text", text, "time",
                Instant.now().toString()));
        String token = System.getProperty("balai.it.sms.inbound.token");
        if (token != null) {
            sms.put("token", token);
        }
        return sms;
    }
}
