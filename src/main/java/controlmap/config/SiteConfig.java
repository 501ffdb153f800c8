package controlmap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the site presents itself to others: its public base URL (for oEmbed answers, iframe code, social-card links)
 * and the tile servers the map may load images from (named in the Content-Security-Policy).
 *
 * @param publicUrl   the base URL other sites see ({@code https://controlmap.example}), without a trailing slash;
 *                    null to derive it from each request's {@code Host} (and scheme)
 * @param tileOrigins origins ({@code https://tile.openstreetmap.org}) the map page may load tiles from
 * @param trustForwarded whether a request's scheme and host are taken from the {@code Forwarded} /
 *                       {@code X-Forwarded-Proto} / {@code X-Forwarded-Host} headers a reverse proxy sets, and the
 *                       client's address from {@code X-Forwarded-For} (only safe when clients can reach the service
 *                       through that proxy alone)
 * @param trustedHops    how many proxies in front of the service append to {@code X-Forwarded-For} (at least 1): the
 *                       client's address is the entry that many places from the right, the one the outermost trusted
 *                       proxy saw; entries further left were written by the client and are never believed
 * @param allowedHosts   the host names ({@code map.example.org}, or {@code host:port}) requests may name in
 *                       {@code Host}; empty: {@link #publicUrl}'s host when configured, else only the loopback names
 *                       and the address the request reached (see {@code controlmap.http.AcceptedHosts})
 */
public record SiteConfig(URI publicUrl, List<String> tileOrigins, boolean trustForwarded, int trustedHops,
                         List<String> allowedHosts) {

    /** The public base URL; unset: derived from the request's Host. */
    public static final String PUBLIC_URL_ENV = "CONTROLMAP_PUBLIC_URL";
    /** Comma-separated tile origins allowed by the CSP's img-src; unset: {@link #DEFAULT_TILE_ORIGIN}. */
    public static final String TILE_ORIGINS_ENV = "CONTROLMAP_TILE_ORIGINS";
    /** The map page's OpenStreetMap layer (OSM_TILES in web/js/map.js). */
    public static final String DEFAULT_TILE_ORIGIN = "https://tile.openstreetmap.org";
    /** {@code true}: believe the proxy's forwarding headers ({@link #trustForwarded}); unset or {@code false}: not. */
    public static final String TRUST_FORWARDED_ENV = "CONTROLMAP_TRUST_FORWARDED";
    /** Proxies that append to X-Forwarded-For in front of the service ({@link #trustedHops}); unset: 1. */
    public static final String TRUSTED_HOPS_ENV = "CONTROLMAP_TRUSTED_HOPS";
    /** Comma-separated host names requests may name ({@link #allowedHosts}); unset: see there. */
    public static final String ALLOWED_HOSTS_ENV = "CONTROLMAP_ALLOWED_HOSTS";
    private static final java.util.regex.Pattern HOST =
            java.util.regex.Pattern.compile("(\\[[0-9a-f:.]+\\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:[0-9]{1,5})?");

    public SiteConfig {
        tileOrigins = List.copyOf(tileOrigins);
        allowedHosts = List.copyOf(allowedHosts);
        if (trustedHops < 1) {
            throw new IllegalArgumentException(TRUSTED_HOPS_ENV + " must be at least 1: " + trustedHops);
        }
    }

    /** Without hosts or hops of its own: one trusted proxy, hosts as {@link #allowedHosts} says for an empty list. */
    public SiteConfig(URI publicUrl, List<String> tileOrigins, boolean trustForwarded) {
        this(publicUrl, tileOrigins, trustForwarded, 1, List.of());
    }

    /** No public URL (derived per request), tiles from OpenStreetMap only. */
    public static SiteConfig defaults() {
        return new SiteConfig(null, List.of(DEFAULT_TILE_ORIGIN), false);
    }

    /** From {@value #PUBLIC_URL_ENV}, {@value #TILE_ORIGINS_ENV} and {@value #TRUST_FORWARDED_ENV}. */
    public static SiteConfig fromEnvironment() {
        return from(System.getenv());
    }

    /**
     * From an environment map (tests pass their own).
     *
     * @throws IllegalArgumentException naming the variable when a value is not an absolute http(s) URL, the public
     *                                  URL has a query or fragment, or {@value #TRUST_FORWARDED_ENV} is neither
     *                                  {@code true} nor {@code false}
     */
    public static SiteConfig from(Map<String, String> env) {
        String base = env.get(PUBLIC_URL_ENV);
        URI publicUrl = base == null || base.isBlank() ? null : publicUrl(base.trim());
        String tiles = env.get(TILE_ORIGINS_ENV);
        List<String> origins = new ArrayList<>();
        if (tiles == null || tiles.isBlank()) {
            origins.add(DEFAULT_TILE_ORIGIN);
        } else {
            for (String t : tiles.split(",")) {
                if (!t.isBlank()) {
                    origins.add(origin(t.trim()));
                }
            }
        }
        return new SiteConfig(publicUrl, origins, flag(TRUST_FORWARDED_ENV, env.get(TRUST_FORWARDED_ENV)),
                hops(env.get(TRUSTED_HOPS_ENV)), hosts(env.get(ALLOWED_HOSTS_ENV)));
    }

    private static int hops(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        if (!value.strip().matches("[0-9]{1,2}") || Integer.parseInt(value.strip()) < 1) {
            throw new IllegalArgumentException(TRUSTED_HOPS_ENV + " must be a whole number from 1 to 99: " + value);
        }
        return Integer.parseInt(value.strip());
    }

    private static List<String> hosts(String value) {
        List<String> hosts = new ArrayList<>();
        if (value != null) {
            for (String h : value.split(",")) {
                String host = h.strip().toLowerCase(Locale.ROOT);
                if (host.isEmpty()) {
                    continue;
                }
                if (!HOST.matcher(host).matches()) {
                    throw new IllegalArgumentException(ALLOWED_HOSTS_ENV + " must list host names or host:port, "
                            + "separated by commas: " + h.strip());
                }
                hosts.add(host);
            }
        }
        return hosts;
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false: " + value);
        };
    }

    static URI publicUrl(String value) {
        URI u = httpUri(PUBLIC_URL_ENV, value);
        if (u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException(PUBLIC_URL_ENV + " must be a base URL without query or fragment: " + value);
        }
        String s = u.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    static String origin(String value) {
        URI u = httpUri(TILE_ORIGINS_ENV, value);
        return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority();
    }

    private static URI httpUri(String env, String value) {
        try {
            URI u = new URI(value);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getRawAuthority() == null
                    || u.getHost() == null) {
                throw new IllegalArgumentException(env + " must be an absolute http(s) URL: " + value);
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(env + " is not a URL: " + value, e);
        }
    }
}
