package controlmap.api.embed;

import controlmap.config.SiteConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address other sites know us by: {@link SiteConfig#publicUrl()} when configured, else the scheme and
 * {@code Host} of the request. Decides which URLs are ours (oEmbed answers only for those).
 */
final class PublicBase {

    private final URI configured;

    PublicBase(SiteConfig site) {
        this.configured = site.publicUrl();
    }

    /** The base URL for this request, without a trailing slash: {@code https://controlmap.example}. */
    String of(Context ctx) {
        if (configured != null) {
            return configured.toString();
        }
        String host = ctx.host();
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            host = "localhost";
        }
        return ctx.scheme() + "://" + host;
    }

    /**
     * The path of {@code url} relative to {@code base} when {@code url} is an http(s) URL on the same host and port
     * (either scheme), else null.
     */
    static String pathOn(String base, URI url) {
        URI b = URI.create(base);
        if (url.getScheme() == null || url.getHost() == null) {
            return null;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        boolean samePort = (url.getPort() < 0 && b.getPort() < 0) || port(url) == port(b); // http/https behind a proxy
        if (!url.getHost().equalsIgnoreCase(b.getHost()) || !samePort) {
            return null;
        }
        String basePath = Objects.requireNonNullElse(b.getRawPath(), "");
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (!path.startsWith(basePath)) {
            return null;
        }
        String rest = path.substring(basePath.length());
        return rest.isEmpty() ? "/" : rest.startsWith("/") ? rest : null;
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** {@code url} parsed, or null when it is not a URL at all. */
    static URI parse(String url) {
        try {
            return new URI(url.trim());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
