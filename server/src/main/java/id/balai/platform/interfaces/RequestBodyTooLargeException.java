package id.balai.platform.interfaces;

import java.io.IOException;
import java.util.Optional;

/**
 * A request body ran past its limit while being read (it came without a Content-Length, or with a wrong one).
 * An {@link IOException}, because the stream raises it; whoever reads the stream may wrap it.
 */
public class RequestBodyTooLargeException extends IOException {
    private final long maxBytes;

    public RequestBodyTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** This exception, if it is the throwable or one of its causes. */
    static Optional<RequestBodyTooLargeException> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyTooLargeException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
