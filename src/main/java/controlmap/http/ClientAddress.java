package controlmap.http;

import controlmap.config.SiteConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of the client a request came from, for the wrong-token limit. Directly connected: the peer's address.
 * Behind trusted proxies ({@link SiteConfig#trustForwarded()}): the {@code X-Forwarded-For} entry
 * {@link SiteConfig#trustedHops()} places from the right, which the outermost trusted proxy appended for the peer it
 * saw. Entries further left were written by the client and are never believed (the leftmost is whatever the client
 * chose, so a limit keyed on it is no limit).
 */
public final class ClientAddress {

    /** Longest entry kept: an address, never a client's essay. */
    private static final int MAX_CHARS = 64;

    private final boolean trustForwarded;
    private final int hops;

    public ClientAddress(SiteConfig site) {
        this.trustForwarded = site.trustForwarded();
        this.hops = site.trustedHops();
    }

    public String of(Context ctx) {
        if (trustForwarded) {
            List<String> chain = new ArrayList<>();
            for (String header : ctx.req().getHeaders("X-Forwarded-For") == null ? List.<String>of()
                    : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
                for (String entry : header.split(",")) {
                    if (!entry.isBlank()) {
                        chain.add(entry.strip());
                    }
                }
            }
            if (!chain.isEmpty()) {
                // fewer entries than hops: the request passed fewer proxies; the leftmost was still written by one
                String client = chain.get(Math.max(0, chain.size() - hops));
                return client.length() > MAX_CHARS ? client.substring(0, MAX_CHARS) : client;
            }
        }
        return ctx.req().getRemoteAddr();
    }
}
