package controlmap.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket, for what {@code java.net.http} will not send: a chosen {@code Host}, an
 * unescaped or malformed request line, oversized headers, a body cut short.
 */
public final class RawHttp {

    /** The answer: status, the head as text, headers by lower-case name (last one wins), the body as text. */
    public record Answer(int status, String head, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private RawHttp() {
    }

    /** {@code GET path} with {@code Host: host} and extra header lines ({@code "Name: value"}). */
    public static Answer get(int port, String path, String host, String... headerLines) throws IOException {
        StringBuilder r = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String h : headerLines) {
            r.append(h).append("\r\n");
        }
        return exchange(port, r.append("Connection: close\r\n\r\n").toString());
    }

    /** Sends {@code request} as it is (ISO-8859-1) and reads one answer (up to its Content-Length, or the close). */
    public static Answer exchange(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(s.getInputStream());
        }
    }

    /** Reads one answer from {@code in}. */
    public static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        String text = "";
        while ((n = in.read(buf)) > 0) {
            got.write(buf, 0, n);
            text = got.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end > 0) {
                String length = headers(text.substring(0, end)).get("content-length");
                if (length != null && got.size() - end - 4 >= Integer.parseInt(length)) {
                    break;
                }
            }
        }
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no answer, got: '" + text + "'");
        }
        String head = text.substring(0, end);
        return new Answer(Integer.parseInt(head.substring(9, 12)), head, headers(head), text.substring(end + 4));
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> h = new LinkedHashMap<>();
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                h.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return h;
    }
}
