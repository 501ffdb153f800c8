package controlmap.cli;

import controlmap.app.ControlMapApp;
import controlmap.app.Stores;
import controlmap.config.EditorTokens;
import controlmap.config.SiteConfig;
import controlmap.config.StoreLocation;
import controlmap.service.ControlMapService;
import controlmap.service.StoreWatch;
import controlmap.store.ClaimStore;
import controlmap.store.SeedDataset;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the HTTP service until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the ControlMap service: the map at /, the API at /api, OGC API - Features at /ogc, health at /health.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", defaultValue = "7070", description = "TCP port to listen on (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--store", description = "GeoPackage file (created and seeded when absent or empty) or jdbc:postgresql:// URL. "
            + "Default: $" + StoreLocation.ENV + ", else " + StoreLocation.DEFAULT + " in the working directory.")
    String store;

    @Option(names = "--seed", description = "Directory laid out like data/geojson to seed an empty store from. Default: the seed data packaged in the jar.")
    Path seed;

    @Override
    public Integer call() throws InterruptedException {
        EditorTokens tokens;
        SiteConfig site;
        try {
            tokens = EditorTokens.fromEnvironment();
            site = SiteConfig.fromEnvironment();
        } catch (IllegalArgumentException e) {
            LOG.error("cannot start: {}", e.getMessage());
            return 2;
        }
        StoreLocation location = StoreLocation.resolve(store);
        ClaimStore claimStore = Stores.open(location);
        SeedDataset dataset = seed == null ? SeedDataset.fromClasspath() : SeedDataset.fromDirectory(seed);
        dataset.seedIfEmpty(claimStore);
        ControlMapService service = new ControlMapService(claimStore);
        StoreWatch watch = StoreWatch.start(service, StoreWatch.POLL_EVERY);
        Javalin app = new ControlMapApp(service, tokens, site).javalin().start(host, port);
        if (tokens.isEmpty()) {
            LOG.info("editing disabled (read-only): set {}=name:token,... to enable it", EditorTokens.ENV);
        } else {
            LOG.info("editing enabled for {}", tokens.names());
        }
        LOG.info("ControlMap on http://localhost:{}/ (store: {} {})", app.port(), claimStore.kind(), location.display());
        if (site.publicUrl() == null && site.allowedHosts().isEmpty()) {
            LOG.info("answering only for localhost and this machine's addresses: behind a proxy or under a name, set {} "
                    + "or {} (docs/operations.md)", SiteConfig.PUBLIC_URL_ENV, SiteConfig.ALLOWED_HOSTS_ENV);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            watch.close();
            claimStore.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
