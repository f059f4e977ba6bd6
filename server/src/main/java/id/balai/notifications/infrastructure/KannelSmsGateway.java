package id.balai.notifications.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import id.balai.notifications.domain.SmsGateway;
import id.balai.notifications.domain.SmsNotSent;

/**
 * Sends through Kannel's smsbox HTTP interface ({@code /cgi-bin/sendsms}), which answers 202 "0: Accepted for
 * delivery" or "3: Queued for later delivery" when it took the message. {@code charset=UTF-8} lets Kannel recode
 * Indonesian text for the SMS centre.
 */
public final class KannelSmsGateway implements SmsGateway {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI sendsms;
    private final String username;
    private final String password;
    private final HttpClient http;

    public KannelSmsGateway(URI sendsms, String username, String password) {
        this.sendsms = sendsms;
        this.username = username;
        this.password = password;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public void send(String from, String to, String text) throws SmsNotSent {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("username", username);
        query.put("password", password);
        query.put("from", from);
        query.put("to", to);
        query.put("charset", "UTF-8");
        query.put("text", text);
        URI uri = URI.create(sendsms + (sendsms.getRawQuery() == null ? "?" : "&") + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsNotSent("Kannel at " + sendsms + " unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("Interrupted while sending to Kannel", e);
        }
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new SmsNotSent("Kannel answered HTTP " + response.statusCode() + ": "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }
}
