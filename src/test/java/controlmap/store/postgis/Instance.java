package controlmap.store.postgis;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.app.ControlMapApp;
import controlmap.service.ControlMapService;
import controlmap.service.StoreWatch;
import controlmap.store.ClaimStore;
import controlmap.testing.RunningService;
import io.javalin.Javalin;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One service instance as {@code serve} wires it (store, service, store watch, Javalin on a random port) over a
 * PostGIS database that other instances may share. Close it when done.
 */
final class Instance implements AutoCloseable {

    private final PostgisClaimStore store;
    private final ControlMapService service;
    private final StoreWatch watch;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Instance(String url, boolean notifications) {
        store = PostgisClaimStore.open(url);
        RunningService.seedData().seedIfEmpty(store);
        service = new ControlMapService(notifications ? store : withoutNotifications(store));
        watch = StoreWatch.start(service, StoreWatch.POLL_EVERY);
        app = new ControlMapApp(service).javalin().start("127.0.0.1", 0);
    }

    /** An instance as {@code serve} runs it: notified of writes, polling as the fallback. */
    static Instance start(String url) {
        return new Instance(url, true);
    }

    /** An instance whose store never notifies: it learns of writes by polling alone. */
    static Instance pollingOnly(String url) {
        return new Instance(url, false);
    }

    /** The store seen through an interface whose {@code onChange} does nothing. */
    private static ClaimStore withoutNotifications(ClaimStore store) {
        return (ClaimStore) Proxy.newProxyInstance(ClaimStore.class.getClassLoader(), new Class<?>[] {ClaimStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("onChange")) {
                        return null;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    PostgisClaimStore store() {
        return store;
    }

    ControlMapService service() {
        return service;
    }

    HttpResponse<String> get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return RunningService.parse(r.body());
    }

    @Override
    public void close() {
        app.stop();
        watch.close();
        store.close();
    }
}
