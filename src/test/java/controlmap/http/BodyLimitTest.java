package controlmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.geo.InputLimits;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies over 10 MiB get 413 without being read: a declared Content-Length over the limit is refused at once, and a
 * chunked body is cut off one byte past the limit. Spoken over a raw socket so the test controls what is sent.
 */
class BodyLimitTest {

    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start(Editors.TOKENS);
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    @Test
    void declaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
        long version = svc.store().dataVersion();
        try (Socket s = socket()) {
            OutputStream out = s.getOutputStream();
            out.write(headers("Content-Length: " + (InputLimits.MAX_BODY_BYTES + 1)));
            out.write("{\"type\":".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the rest of the 10 MiB is never sent: the answer must come anyway
            String response = readResponse(s.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("application/problem+json"), response);
            assertTrue(response.contains("the limit is 10485760 bytes"), response);
        }
        assertEquals(version, svc.store().dataVersion());
    }

    @Test
    void chunkedBodyIsCutOffPastTheLimit() throws IOException {
        long version = svc.store().dataVersion();
        try (Socket s = socket()) {
            OutputStream out = s.getOutputStream();
            out.write(headers("Transfer-Encoding: chunked"));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            long sent = 0;
            try {
                while (sent <= 2 * InputLimits.MAX_BODY_BYTES) {
                    out.write(head);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += chunk.length;
                }
                out.flush();
            } catch (IOException closedByServer) {
                // expected once the server has answered and closed the connection
            }
            String response = readResponse(s.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
        }
        assertEquals(version, svc.store().dataVersion());
    }

    private static Socket socket() throws IOException {
        Socket s = new Socket(svc.uri("/").getHost(), svc.uri("/").getPort());
        s.setSoTimeout(20_000);
        return s;
    }

    private static byte[] headers(String lengthHeader) {
        return ("POST /api/claims HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/geo+json\r\n"
                + "Authorization: Bearer " + Editors.ALICE_TOKEN + "\r\n" + lengthHeader + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        try {
            for (int n; (n = in.read(b)) > 0; ) {
                buf.write(b, 0, n);
                String text = buf.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && text.endsWith("}")) {
                    break;
                }
            }
        } catch (IOException reset) {
            // the server may reset after answering; what was read is the answer
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
