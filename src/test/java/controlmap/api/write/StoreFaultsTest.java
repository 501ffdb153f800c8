package controlmap.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import controlmap.http.Problems;
import controlmap.testing.Editors;
import controlmap.testing.RawHttp;
import controlmap.testing.RunningService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Faults outside the request: a full disk (a small tmpfs filled up), another process holding the GeoPackage's lock
 * (the sqlite3 shell in an EXCLUSIVE transaction), and a client that stops sending its body. Each is a clear problem,
 * reads go on, /health says degraded and /health/writes 503 while it lasts, and the service recovers on its own.
 */
class StoreFaultsTest {

    @Test
    void aFullDiskRefusesWritesWith507ReadsGoOnAndWritesComeBack() throws Exception {
        Path mount = Files.createTempDirectory("controlmap-full");
        mountTmpfs(mount, "48m");
        try {
            Path dir = Files.createDirectories(mount.resolve("store"));
            try (RunningService svc = RunningService.startIn(dir, Editors.TOKENS)) {
                long version = svc.store().dataVersion();
                Path filler = mount.resolve("filler");
                fill(filler);

                HttpResponse<String> refused = postClaim(svc);
                assertEquals(507, refused.statusCode(), refused.body());
                assertProblem(refused, "disk the store writes to is full");
                assertEquals(version, svc.store().dataVersion(), "nothing stored");
                degradedWhileItLasts(svc, "full");

                Files.delete(filler);
                recovers(svc);
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aLockHeldByAnotherProcessRefusesWritesWith503AndWritesComeBack() throws Exception {
        Path sqlite = Path.of("/usr/bin/sqlite3");
        Assumptions.assumeTrue(Files.isExecutable(sqlite) || "true".equals(System.getenv("CI")),
                "sqlite3 not installed (apt-get install sqlite3): lock test skipped");
        try (RunningService svc = RunningService.startIn(Files.createTempDirectory("controlmap-lock"), Editors.TOKENS)) {
            long version = svc.store().dataVersion();
            Process holder = new ProcessBuilder(sqlite.toString(), svc.storeFile().toString())
                    .redirectErrorStream(true).start();
            Writer shell = new java.io.OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8);
            shell.write("BEGIN EXCLUSIVE;\nUPDATE controlmap_meta SET value = value;\nSELECT 'held';\n");
            shell.flush();
            awaitLine(holder, "held");
            try {
                HttpResponse<String> refused = postClaim(svc);
                assertEquals(503, refused.statusCode(), refused.body());
                assertProblem(refused, "another process holds");
                assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
                assertEquals(version, svc.store().dataVersion(), "nothing stored while locked");
                degradedWhileItLasts(svc, "lock");
            } finally {
                shell.write("ROLLBACK;\n.quit\n");
                shell.flush();
                holder.waitFor(30, TimeUnit.SECONDS);
            }
            recovers(svc);
        }
    }

    @Test
    void anAbandonedUploadIsA408AfterABoundedWaitLoggedInOneLine() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            long version = svc.store().dataVersion();
            try (Socket s = new Socket("127.0.0.1", svc.port())) {
                s.setSoTimeout(120_000); // generous: proves the server gives up by itself, not how soon
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/claims HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + Editors.ALICE_TOKEN
                        + "\r\nContent-Type: application/geo+json\r\nContent-Length: 5000\r\n\r\n{\"type\":\"Feature\"")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                RawHttp.Answer r = RawHttp.read(s.getInputStream());
                assertEquals(408, r.status(), r.head() + r.body());
                assertTrue(r.header("Content-Type").startsWith(Problems.CONTENT_TYPE), r.head());
                assertTrue(r.body().contains("5000 bytes"), r.body());
            }
            assertEquals(version, svc.store().dataVersion());
        } finally {
            root.detachAppender(captured);
        }
        List<ILoggingEvent> about = captured.list.stream()
                .filter(e -> e.getFormattedMessage().contains("/api/claims")).toList();
        assertEquals(1, about.size(), about.toString());
        assertTrue(about.get(0).getFormattedMessage().contains("stopped arriving"), about.toString());
        assertEquals(null, about.get(0).getThrowableProxy(), "no stack trace");
    }

    private static void degradedWhileItLasts(RunningService svc, String reason) {
        assertEquals(200, svc.get("/api/control?date=2017-12-08").statusCode(), "reads go on");
        assertEquals(200, svc.get("/api/claims/" + EditorAuthTest.CLAIM_ID).statusCode(), "reads go on");
        HttpResponse<String> health = svc.get("/health");
        assertEquals(200, health.statusCode(), "reads are served: load balancers keep sending them");
        JsonNode h = RunningService.parse(health.body());
        assertEquals("degraded", h.path("status").asText(), health.body());
        assertFalse(h.path("writes").asBoolean(true), health.body());
        assertTrue(h.path("reason").asText().contains(reason), health.body());
        HttpResponse<String> writes = svc.get("/health/writes");
        assertEquals(503, writes.statusCode(), writes.body());
        assertTrue(writes.headers().firstValue("Retry-After").isPresent());
    }

    /** The cause is gone: the background probe finds writes work (health polled, bounded), then a write succeeds. */
    private static void recovers(RunningService svc) throws InterruptedException {
        for (int i = 0; i < 300 && svc.get("/health/writes").statusCode() != 200; i++) {
            Thread.sleep(100);
        }
        HttpResponse<String> health = svc.get("/health");
        assertEquals("ok", RunningService.parse(health.body()).path("status").asText(), health.body());
        assertEquals(201, postClaim(svc).statusCode());
    }

    private static void assertProblem(HttpResponse<String> r, String detailHas) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Problems.CONTENT_TYPE));
        String detail = RunningService.parse(r.body()).path("detail").asText();
        assertTrue(detail.startsWith("Writes are refused") && detail.contains(detailHas), detail);
        assertTrue(r.headers().firstValue("Retry-After").isPresent(), r.headers().toString());
    }

    private static HttpResponse<String> postClaim(RunningService svc) {
        return Editors.send(svc, "POST", "/api/claims", Editors.claim().toString(), Editors.ALICE_TOKEN);
    }

    /** Writes zeros into {@code file} until the file system has no space left. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    private static void mountTmpfs(Path at, String size) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(root, "not root: cannot mount a small tmpfs to fill up; full-disk test skipped");
        run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString());
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
    }

    private static void awaitLine(Process p, String line) throws IOException {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            if (l.trim().equals(line)) {
                return;
            }
        }
        throw new AssertionError("sqlite3 ended before holding the lock");
    }
}
