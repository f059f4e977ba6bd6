package id.balai.notifications.domain;

import java.util.EnumSet;
import java.util.Set;

import id.balai.tenancy.domain.TenantDefinition;

/**
 * A regency's notification policy, from its tenant file ({@code notifications}): which events citizens hear about,
 * which channels they may choose, and the quiet hours of phones.
 */
public record NotificationPolicy(Set<NotificationEvent> events, Set<ContactChannel> channels, QuietHours quietHours) {

    public static NotificationPolicy of(TenantDefinition.Notifications n) {
        Set<NotificationEvent> events = EnumSet.noneOf(NotificationEvent.class);
        n.events().forEach(e -> events.add(NotificationEvent.valueOf(e)));
        Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        n.channels().forEach(c -> channels.add(ContactChannel.valueOf(c)));
        return new NotificationPolicy(events, channels, new QuietHours(n.quietHours().start(), n.quietHours().end()));
    }

    public boolean tells(NotificationEvent event) {
        return events.contains(event);
    }

    public boolean offers(ContactChannel channel) {
        return channels.contains(channel);
    }
}
