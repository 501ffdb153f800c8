package controlmap.query;

import java.util.function.Supplier;

/** A value made on first use, once, and then shared by every thread (for indexes a snapshot may never need). */
final class Memo<T> {

    private final Supplier<T> make;
    private volatile T value;

    Memo(Supplier<T> make) {
        this.make = make;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
