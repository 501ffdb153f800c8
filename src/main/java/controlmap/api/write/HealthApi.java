package controlmap.api.write;

import controlmap.api.Json;
import controlmap.http.ApiException;
import controlmap.http.QueryParams;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;

/** {@code /health} and {@code /health/writes}: what load balancers and alerting ask (see docs/operations.md). */
public final class HealthApi {

    public static final String HEALTH = "/health";
    /** Whether writes work, for checks that route editors or alert. */
    public static final String HEALTH_WRITES = "/health/writes";

    private final ControlMapService service;
    private final WriteHealth writes;

    public HealthApi(ControlMapService service, WriteHealth writes) {
        this.service = service;
        this.writes = writes;
    }

    /**
     * {@code GET /health}: for load balancers deciding where reads go. 200 while the store answers, with
     * {@code status} "ok", or "degraded" with {@code writes: false} and the {@code reason} while writes are refused
     * (reads are still served); 503 with {@code Retry-After} when the store does not answer.
     */
    public void health(Context ctx) {
        QueryParams.of(ctx);
        ctx.header("Cache-Control", "no-store");
        long version;
        try {
            version = service.store().dataVersion();
        } catch (RuntimeException e) {
            throw new ApiException(503, "Store unavailable", "The store does not answer: " + e.getMessage(), null)
                    .header("Retry-After", "5");
        }
        WriteHealth.Degraded degraded = writes.current();
        Json.respond(ctx, Json.JSON, out -> {
            out.writeStartObject();
            out.writeStringField("status", degraded == null ? "ok" : "degraded");
            out.writeStringField("store", service.store().kind());
            out.writeNumberField("data_version", version);
            out.writeBooleanField("writes", degraded == null);
            if (degraded != null) {
                out.writeStringField("reason", degraded.fault().reason());
                out.writeStringField("since", degraded.since().toString());
            }
            out.writeEndObject();
        });
    }

    /**
     * {@code GET /health/writes}: for checks of whether editors can write. 200 when the last write (or probe)
     * succeeded; 503 with {@code Retry-After} and the reason while writes are refused.
     */
    public void writes(Context ctx) {
        QueryParams.of(ctx);
        ctx.header("Cache-Control", "no-store");
        WriteHealth.Degraded degraded = writes.current();
        if (degraded != null) {
            throw new ApiException(503, "Writes refused", "Writes are refused since " + degraded.since() + ": "
                    + degraded.fault().reason() + ". Reads are served.", null).header("Retry-After", "5");
        }
        Json.respond(ctx, Json.JSON, out -> {
            out.writeStartObject();
            out.writeStringField("status", "ok");
            out.writeBooleanField("writes", true);
            out.writeEndObject();
        });
    }
}
