package id.balai.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Just enough of a servlet request and response to run a filter without a container; a method a filter is not
 * expected to call fails the test.
 */
public final class ServletFakes {
    private ServletFakes() {
    }

    /** A request: method, path, headers and body. */
    public static final class Request {
        private final String method;
        private final String uri;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private InputStream body = new ByteArrayInputStream(new byte[0]);
        private long contentLength = -1;

        public Request(String method, String uri) {
            this.method = method;
            this.uri = uri;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** A body sent with its Content-Length. */
        public Request body(byte[] bytes) {
            body = new ByteArrayInputStream(bytes);
            contentLength = bytes.length;
            return this;
        }

        /** A body sent without a Content-Length (chunked), or with a wrong one. */
        public Request streamed(byte[] bytes, long declaredLength) {
            body = new ByteArrayInputStream(bytes);
            contentLength = declaredLength;
            return this;
        }

        public HttpServletRequest proxy() {
            ServletInputStream in = new ServletInputStream() {
                @Override
                public int read() throws java.io.IOException {
                    return body.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    return body.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletRequest) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getRequestURI" -> uri;
                        case "getContextPath" -> "";
                        case "getQueryString" -> null;
                        case "getHeader" -> headers.get((String) args[0]);
                        case "getContentLengthLong" -> contentLength;
                        case "getContentLength" -> (int) contentLength;
                        case "getCharacterEncoding" -> null;
                        case "getContentType" -> headers.get("Content-Type");
                        case "getInputStream" -> in;
                        case "toString" -> method + " " + uri;
                        default -> throw new UnsupportedOperationException("request." + m.getName());
                    });
        }
    }

    /** A response that records status, headers and body. */
    public static final class Response {
        private int status = 200;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private String contentType;

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType;
        }

        public String body() {
            return body.toString(StandardCharsets.UTF_8);
        }

        /** Every value of the header, in the order added; empty when absent. */
        public List<String> headers(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        private void set(String name, String value) {
            headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            headers.put(name, new ArrayList<>(List.of(value)));
        }

        public HttpServletResponse proxy() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> switch (m.getName()) {
                        case "setHeader" -> {
                            set((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "addHeader" -> {
                            headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                            yield null;
                        }
                        case "getHeader" -> header((String) args[0]);
                        case "containsHeader" -> !headers((String) args[0]).isEmpty();
                        case "setStatus" -> {
                            status = (int) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "setCharacterEncoding", "setContentLength" -> null;
                        case "resetBuffer" -> {
                            body.reset();
                            yield null;
                        }
                        case "isCommitted" -> false;
                        case "flushBuffer" -> null;
                        case "getOutputStream" -> out;
                        case "toString" -> "response " + status;
                        default -> throw new UnsupportedOperationException("response." + m.getName());
                    });
        }
    }
}
