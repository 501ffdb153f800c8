package controlmap.service;

import java.util.Set;

/** The ids a claim may refer to: a snapshot of the store, or what an import will have added. */
public interface References {

    boolean hasSource(String id);

    boolean hasPlace(String id);

    boolean hasActor(String id);

    /** The ids in these sets (read on each call, so a set that grows is followed). */
    static References of(Set<String> sources, Set<String> places, Set<String> actors) {
        return new References() {
            @Override
            public boolean hasSource(String id) {
                return sources.contains(id);
            }

            @Override
            public boolean hasPlace(String id) {
                return places.contains(id);
            }

            @Override
            public boolean hasActor(String id) {
                return actors.contains(id);
            }
        };
    }
}
