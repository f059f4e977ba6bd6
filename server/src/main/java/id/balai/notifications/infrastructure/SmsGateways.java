package id.balai.notifications.infrastructure;

import java.net.URI;

import org.eclipse.microprofile.config.Config;

import id.balai.notifications.domain.SmsGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Chooses the SMS provider by configuration ({@code BALAI_SMS_GATEWAY}: {@code log}, the default, or
 * {@code kannel}), so that another provider is an adapter plus a value here, not a change where messages are sent.
 */
@ApplicationScoped
public class SmsGateways {

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        String kind = config.getOptionalValue("BALAI_SMS_GATEWAY", String.class).orElse("log").trim();
        return switch (kind) {
            case "log" -> new LogSmsGateway();
            case "kannel" -> new KannelSmsGateway(
                    URI.create(required("BALAI_KANNEL_SENDSMS_URL")), required("BALAI_KANNEL_USERNAME"),
                    required("BALAI_KANNEL_PASSWORD"));
            default -> throw new IllegalStateException(
                    "BALAI_SMS_GATEWAY must be log or kannel, is " + kind);
        };
    }

    private String required(String key) {
        return config.getOptionalValue(key, String.class).orElseThrow(() -> new IllegalStateException(
                key + " must be set when BALAI_SMS_GATEWAY=kannel"));
    }
}
