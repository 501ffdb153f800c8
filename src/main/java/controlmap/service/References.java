package controlmap.service;

/** The ids a claim may refer to: a snapshot of the store, or what an import will have added. */
public interface References {

    boolean hasSource(String id);

    boolean hasPlace(String id);

    boolean hasActor(String id);
}
