package controlmap.cli;

import controlmap.app.Stores;
import controlmap.config.StoreLocation;
import controlmap.store.ClaimStore;
import controlmap.store.StoreCopy;
import controlmap.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copy}: moves a whole dataset, with every claim's history, from one store into an empty one. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copy every actor, source, place and claim, with each claim's full history (versions, editors, "
                + "retractions), from one store into an empty one: GeoPackage to PostGIS, PostGIS to GeoPackage, …")
public final class CopyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true,
            description = "Store to copy from: an existing GeoPackage file or a jdbc:postgresql:// URL.")
    String from;

    @Option(names = "--to", required = true,
            description = "Empty store to copy into: a GeoPackage file (created when absent) or a jdbc:postgresql:// URL.")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreLocation source = new StoreLocation(from);
        if (!source.isPostgres() && !Files.exists(source.file())) {
            err.println("copy: no such GeoPackage: " + from);
            return 1;
        }
        StoreLocation target = new StoreLocation(to);
        try (ClaimStore a = Stores.open(source); ClaimStore b = Stores.open(target)) {
            StoreCopy.Summary s;
            try (ProgressBars bars = new ProgressBars(err)) {
                s = StoreCopy.copy(a, b, bars);
            }
            out.printf("copied %d actors, %d sources, %d places, %d claims (%d versions) from %s to %s%n",
                    s.actors(), s.sources(), s.places(), s.claims(), s.versions(), source.display(), target.display());
            return 0;
        } catch (StoreException e) {
            err.println("copy: " + e.getMessage());
            return 1;
        }
    }
}
