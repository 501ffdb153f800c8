package controlmap.api;

import controlmap.config.EditorTokens;
import controlmap.service.ControlMapService;
import controlmap.service.Editing;
import io.javalin.config.JavalinConfig;

/**
 * The editing endpoints (docs/design.md, "Write") and the single-item reads their {@code Location} headers point to.
 * Writes get no CORS headers (see {@link ControlMapApp}): only same-origin pages and non-browser clients send them.
 */
final class EditRoutes {

    private EditRoutes() {
    }

    static void register(JavalinConfig config, ControlMapService service, EditorTokens tokens, ClientAddress clients) {
        Editing editing = new Editing(service);
        EditorAuth auth = new EditorAuth(tokens, clients);
        ClaimEditApi claims = new ClaimEditApi(service, editing, auth);
        ReferenceEditApi refs = new ReferenceEditApi(service, editing, auth);
        config.routes.post("/api/claims", claims::add);
        config.routes.get("/api/claims/{id}", claims::one);
        config.routes.put("/api/claims/{id}", claims::supersede);
        config.routes.delete("/api/claims/{id}", claims::retract);
        config.routes.get("/api/claims/{id}/history", claims::history);
        config.routes.post("/api/places", refs::addPlaces);
        config.routes.get("/api/places/{id}", refs::place);
        config.routes.put("/api/places/{id}", refs::replacePlace);
        config.routes.post("/api/sources", refs::addSource);
        config.routes.get("/api/sources/{id}", refs::source);
        config.routes.post("/api/actors", refs::addActor);
        config.routes.get("/api/actors/{id}", refs::actor);
    }
}
