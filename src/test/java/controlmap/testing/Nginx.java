package controlmap.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A real nginx (Debian's {@code nginx-light}) in a temp directory on free ports, running the configuration that
 * docs/operations.md gives operators, in front of a test service. The documented block is used as written; only what
 * cannot be the same on a test machine is replaced: the ports it listens on, the upstream servers (the test service),
 * the cache directory, and TLS (the {@code ssl} listeners become plain ones; the default server refuses with
 * {@code return 444} where the documented one rejects the TLS handshake). Without nginx the test is skipped, except on
 * CI ({@code CI=true}), where it fails. Close it to stop nginx and remove its files.
 */
public final class Nginx implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Pattern NGINX_BLOCK = Pattern.compile("```nginx\n(.*?)```", Pattern.DOTALL);

    private final Path dir;
    private final Process process;
    private final int port;

    private Nginx(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** Which configuration: the documented one, or the same without its defences against forged hosts. */
    public enum Variant {
        AS_DOCUMENTED,
        /**
         * No default server, client's forwarding headers passed on, the default cache key (without the host): what an
         * operator who copied an older, shorter example runs. The service alone must then keep its answers clean.
         */
        WITHOUT_PROXY_DEFENCES
    }

    /** Starts nginx with the first {@code nginx} block of {@code doc}, proxying to {@code upstreamPort} on loopback. */
    public static Nginx startDocumented(Path doc, int upstreamPort, Variant variant) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("nginx is not installed in this CI run: apt-get install nginx-light (scripts/check does)");
            }
            Assumptions.abort("nginx not installed (apt-get install nginx-light): proxy cache test skipped");
        }
        Matcher m = NGINX_BLOCK.matcher(Files.readString(doc));
        if (!m.find()) {
            throw new AssertionError(doc + " has no nginx block");
        }
        Path dir = Files.createTempDirectory("controlmap-nginx");
        int https = freePort();
        int http = freePort();
        String block = m.group(1);
        if (variant == Variant.WITHOUT_PROXY_DEFENCES) {
            block = withoutDefences(block);
        }
        String site = adapt(block, dir, https, http, upstreamPort);
        String conf = "daemon off;\nmaster_process off;\npid " + dir.resolve("nginx.pid") + ";\nerror_log "
                + dir.resolve("error.log") + " warn;\nevents { worker_connections 256; }\nhttp {\n"
                + "access_log " + dir.resolve("access.log") + ";\n"
                + "client_body_temp_path " + dir.resolve("body") + ";\nproxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "fastcgi_temp_path " + dir.resolve("fastcgi") + ";\nuwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "scgi_temp_path " + dir.resolve("scgi") + ";\n" + site + "\n}\n";
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        Process p = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", confFile.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(dir, p, https);
        nginx.awaitListening();
        return nginx;
    }

    static String withoutDefences(String block) {
        String out = block.replaceAll("(?s)server \\{\\s*listen 443 ssl default_server;.*?\\}\n", "")
                .replaceAll("(?s)server \\{\\s*listen 80 default_server;.*?\\}\n", "")
                .replaceAll("(?m)^.*(X-Forwarded-Host \"\"|Forwarded \"\"|proxy_cache_key).*$", "");
        if (out.contains("default_server") || out.contains("proxy_cache_key")) {
            throw new AssertionError("the documented nginx block changed in a way the test does not know: " + out);
        }
        return out;
    }

    /** The documented block with this machine's ports, upstream, cache directory and without TLS. */
    static String adapt(String block, Path dir, int https, int http, int upstreamPort) {
        String out = block
                .replace("/var/cache/nginx/controlmap", dir.resolve("cache").toString())
                .replaceAll("server 10\\.0\\.0\\.\\d+:7070", "server 127.0.0.1:" + upstreamPort)
                .replace("listen 443 ssl default_server;", "listen 127.0.0.1:" + https + " default_server;")
                .replace("ssl_reject_handshake on;", "return 444;")
                .replace("listen 443 ssl;", "listen 127.0.0.1:" + https + ";")
                .replace("listen 80 default_server;", "listen 127.0.0.1:" + http + " default_server;")
                .replaceAll("(?m)^\\s*ssl_certificate.*$", "");
        if (out.contains(" 443") || out.contains(":443") || out.contains(" ssl")) {
            throw new AssertionError("the documented nginx block changed in a way the test does not know: " + out);
        }
        return out;
    }

    /** The port of the documented site (the TLS one in production). */
    public int port() {
        return port;
    }

    /** nginx's error log, for failure messages. */
    public String errorLog() {
        try {
            return Files.readString(dir.resolve("error.log"), StandardCharsets.UTF_8)
                    + Files.readString(dir.resolve("stdout.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitListening() throws IOException {
        for (int i = 0; i < 200; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + errorLog());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IllegalStateException("nginx does not listen on " + port + ": " + errorLog());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // temp files
        }
    }
}
