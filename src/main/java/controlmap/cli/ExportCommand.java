package controlmap.cli;

import controlmap.api.DatasetFiles.Format;
import controlmap.api.DatasetFiles;
import controlmap.app.Stores;
import controlmap.config.StoreLocation;
import controlmap.store.ClaimStore;
import controlmap.store.StoreCopy;
import controlmap.store.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export}: the whole dataset of a store as one file, the same bytes as {@code GET /api/export.*}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole dataset of a store to FILE.",
            "gpkg: lossless (actors, sources, places, every claim with its full history), R-tree indexed layers that "
                + "QGIS and GDAL open; load it into an empty store with `import` or `copy`.",
            "geojson, csv, fgb (FlatGeobuf): the current version of every claim, retracted ones included and marked."})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--store", description = "Store to export: GeoPackage file or jdbc:postgresql:// URL. "
            + "Default: $" + StoreLocation.ENV + ", else " + StoreLocation.DEFAULT + " in the working directory.")
    String store;

    @Option(names = "--format", required = true, description = "One of ${COMPLETION-CANDIDATES}.")
    Format format;

    @Parameters(paramLabel = "FILE", description = "The file to write; must not exist.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreLocation location = StoreLocation.resolve(store);
        if (!location.isPostgres() && !Files.exists(location.file())) {
            err.println("export: no such GeoPackage: " + location.value());
            return 1;
        }
        if (Files.exists(file)) {
            err.println("export: " + file + " exists; choose a new file name");
            return 1;
        }
        try (ClaimStore from = Stores.open(location)) {
            if (format == Format.gpkg) {
                StoreCopy.Summary s;
                try (ProgressBars bars = new ProgressBars(err)) {
                    s = DatasetFiles.gpkg(from, file, bars);
                }
                out.printf("exported %d actors, %d sources, %d places, %d claims (%d versions) to %s%n",
                        s.actors(), s.sources(), s.places(), s.claims(), s.versions(), file);
            } else {
                try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                    if (format == Format.geojson) {
                        DatasetFiles.geojson(from, o);
                    } else if (format == Format.fgb) {
                        DatasetFiles.fgb(from, o);
                    } else {
                        DatasetFiles.csv(from, o);
                    }
                }
                out.printf("exported every claim of %s as %s to %s (%d bytes)%n", location.display(), format, file,
                        Files.size(file));
            }
            return 0;
        } catch (StoreException e) {
            err.println("export: " + e.getMessage());
            Files.deleteIfExists(file);
            return 1;
        }
    }
}
