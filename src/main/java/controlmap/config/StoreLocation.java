package controlmap.config;

import java.nio.file.Path;

/**
 * Where the data lives: a GeoPackage file path, or a {@code jdbc:postgresql://…} URL. Chosen by {@code --store}, else
 * the environment variable {@code CONTROLMAP_STORE}, else {@code controlmap.gpkg} in the working directory.
 */
public record StoreLocation(String value) {

    public static final String ENV = "CONTROLMAP_STORE";
    public static final String DEFAULT = "controlmap.gpkg";

    /** Resolves the location from the option (may be null) and the environment. */
    public static StoreLocation resolve(String option) {
        if (option != null && !option.isBlank()) {
            return new StoreLocation(option);
        }
        String env = System.getenv(ENV);
        return new StoreLocation(env != null && !env.isBlank() ? env : DEFAULT);
    }

    public boolean isPostgres() {
        return value.startsWith("jdbc:postgresql:");
    }

    /** The location for logs: a password in a URL is shown as {@code ***}. */
    public String display() {
        return value.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    public Path file() {
        return Path.of(value);
    }
}
