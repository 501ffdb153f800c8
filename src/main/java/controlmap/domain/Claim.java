package controlmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * One source's statement that an actor controlled (or, with {@link Stance#PRESENCE}, was present in) a place, or part
 * of it ({@link Extent#PART}), from {@code validFrom} (inclusive; null when the source did not say since when: then in
 * force from the start of the data) until {@code validTo} (exclusive; null when open).
 *
 * @param id                  stable claim id; a correction keeps the id and raises {@code version}
 * @param source              source id
 * @param place               place id
 * @param actor               actor id
 * @param validFrom           first day in force, null when the source did not say since when
 * @param validTo             first day no longer in force, null when open
 * @param datePrecision       how exactly the source dated {@code validFrom}; null when {@code validFrom} is null
 * @param reportedOn          when the source said it
 * @param reportedOnPrecision how exactly we know {@code reportedOn} (undated articles are {@code APPROXIMATE})
 * @param basis               explicit or blanket
 * @param stance              control or presence; never null
 * @param extent              the whole place or part of it; never null
 * @param quote               the exact words
 * @param url                 the article's address, null when we could not establish it
 * @param article             the article's title
 * @param articleRef          our copy of the article (e.g. {@code data/articles/001_b86b509722f25f8f.txt}), may be null
 * @param speaker             who spoke for the source, may be null
 * @param note                our reading of the quote: why these dates, this actor, this basis; may be null
 * @param publisher           the outlet that published the article (not the speaker), may be null
 * @param publishedOn         when the article was published, may be null
 * @param geometry            the shape that source drew, or null when the place's polygon stands
 * @param version             1 for the first version, +1 for each correction
 * @param recorded            store-wide sequence number of this version: the last tie-break of the as-of rule
 * @param recordedAt          when this version was stored
 * @param editor              who stored this version
 * @param retraction          null unless retracted
 */
public record Claim(String id, String source, String place, String actor,
                    LocalDate validFrom, LocalDate validTo, DatePrecision datePrecision,
                    LocalDate reportedOn, DatePrecision reportedOnPrecision, Basis basis, Stance stance, Extent extent,
                    String quote, String url, String article, String articleRef, String speaker, String note,
                    String publisher, LocalDate publishedOn, Geometry geometry,
                    int version, long recorded, Instant recordedAt, String editor, Retraction retraction) {

    /** A null stance or extent is the default: control, of the whole place. */
    public Claim {
        stance = stance == null ? Stance.CONTROL : stance;
        extent = extent == null ? Extent.WHOLE : extent;
    }

    /** A claim of control over the whole place, without the article's publisher and publication date. */
    public Claim(String id, String source, String place, String actor,
                 LocalDate validFrom, LocalDate validTo, DatePrecision datePrecision,
                 LocalDate reportedOn, DatePrecision reportedOnPrecision, Basis basis,
                 String quote, String url, String article, String articleRef, String speaker, String note,
                 Geometry geometry,
                 int version, long recorded, Instant recordedAt, String editor, Retraction retraction) {
        this(id, source, place, actor, validFrom, validTo, datePrecision, reportedOn, reportedOnPrecision, basis,
                Stance.CONTROL, Extent.WHOLE, quote, url, article, articleRef, speaker, note, null, null, geometry,
                version, recorded, recordedAt, editor, retraction);
    }

    /** True when in force on {@code day}: {@code validFrom <= day < validTo}, a null validFrom before every day. */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    /** True for a presence claim: the actor is said to be there, not to hold the place. */
    public boolean isPresence() {
        return stance == Stance.PRESENCE;
    }

    /** True when the claim is about part of the place only. */
    public boolean isPart() {
        return extent == Extent.PART;
    }

    /** This claim under id {@code newId}, with shape {@code shape}, stored at {@code at}, retracted by {@code r}. */
    public Claim restated(String newId, Geometry shape, Instant at, Retraction r) {
        return new Claim(newId, source, place, actor, validFrom, validTo, datePrecision, reportedOn,
                reportedOnPrecision, basis, stance, extent, quote, url, article, articleRef, speaker, note, publisher,
                publishedOn, shape, version, recorded, at, editor, r);
    }

    public boolean retracted() {
        return retraction != null;
    }

    /** This claim as stored: with its version, sequence number, time and editor. */
    public Claim recordedAs(int newVersion, long newRecorded, Instant at, String by) {
        return new Claim(id, source, place, actor, validFrom, validTo, datePrecision, reportedOn, reportedOnPrecision,
                basis, stance, extent, quote, url, article, articleRef, speaker, note, publisher, publishedOn, geometry,
                newVersion, newRecorded, at, by, retraction);
    }

    public Claim retractedBy(Retraction r) {
        return new Claim(id, source, place, actor, validFrom, validTo, datePrecision, reportedOn, reportedOnPrecision,
                basis, stance, extent, quote, url, article, articleRef, speaker, note, publisher, publishedOn, geometry,
                version, recorded, recordedAt, editor, r);
    }
}
