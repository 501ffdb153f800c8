package controlmap.domain;

import java.time.Instant;

/** Who retracted a claim, when, and why. A retracted claim is kept but takes no part in answers. */
public record Retraction(String by, Instant at, String reason) {
}
