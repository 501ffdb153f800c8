package controlmap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/controlmap.jar}, or {@code -Dcontrolmap.jar=}) started as users start it: a child
 * JVM running {@code java -jar controlmap.jar serve --host 127.0.0.1 --port P …} in a directory, its output in a log
 * file there. For the integration tests.
 */
public final class PackagedJar implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code serve} on {@code port} in {@code dir} with {@code CONTROLMAP_STORE} unset, then {@code env} applied,
     * and {@code options} after the port.
     */
    public static PackagedJar serve(Path dir, int port, Map<String, String> env, String... options) throws IOException {
        return serve(List.of(), dir, port, env, options);
    }

    /** As {@link #serve(Path, int, Map, String...)}, with {@code jvmOptions} before {@code -jar}. */
    public static PackagedJar serve(List<String> jvmOptions, Path dir, int port, Map<String, String> env,
                                    String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar(), "serve", "--host", "127.0.0.1", "--port", String.valueOf(port)));
        command.addAll(List.of(options));
        Path log = dir.resolve("serve-" + port + "-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("CONTROLMAP_STORE");
        pb.environment().remove("CONTROLMAP_HEAP");
        pb.environment().putAll(env);
        return new PackagedJar(pb.start(), port, log);
    }

    /** Runs {@code java -jar controlmap.jar args…} to its end; its output (stdout and stderr). */
    public static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new AssertionError("exit " + p.exitValue() + ":\n" + out);
        }
        return out;
    }

    /** A TCP port nobody listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public Process process() {
        return process;
    }

    public int port() {
        return port;
    }

    /**
     * Waits up to 60 s for {@code /health} to answer 200 and returns its body.
     *
     * @throws AssertionError with the service's log when it exits first, or when the time is up
     */
    public JsonNode waitForHealth() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                HttpResponse<String> r = get("/health");
                if (r.statusCode() == 200) {
                    return RunningService.parse(r.body());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not answer /health within 60 s:\n" + Files.readString(log));
    }

    /** {@code GET path} on this service. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The JVM that serves: the jar's own process when it was given a heap bound, else the child it started with one
     * (waits up to 20 s for it to appear).
     */
    public ProcessHandle serving() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            java.util.Optional<ProcessHandle> child = process.children().findFirst();
            if (child.isPresent() || !launches()) {
                return child.orElse(process.toHandle());
            }
            Thread.sleep(50);
        }
        return process.toHandle();
    }

    /** Kills the serving JVM with SIGKILL (no shutdown hook runs), then its launcher; true when both died in 20 s. */
    public boolean kill() throws InterruptedException {
        ProcessHandle serving = serving();
        serving.destroyForcibly();
        process.destroyForcibly();
        try {
            serving.onExit().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
        return process.waitFor(20, TimeUnit.SECONDS);
    }

    /** The output of the service so far (the launcher's and the child's). */
    public String log() throws IOException {
        return Files.readString(log);
    }

    private boolean launches() {
        try {
            return Files.readString(log).contains("controlmap: the service runs with a heap bound");
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Stops the service as a signal would (SIGTERM), forcibly after 20 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        return System.getProperty("controlmap.jar", "target/controlmap.jar");
    }
}
