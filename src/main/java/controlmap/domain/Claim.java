package controlmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * One source's statement that an actor controlled a place from {@code validFrom} (inclusive) until {@code validTo}
 * (exclusive; null when open).
 *
 * @param id                  stable claim id; a correction keeps the id and raises {@code version}
 * @param source              source id
 * @param place               place id
 * @param actor               actor id
 * @param validFrom           first day in force
 * @param validTo             first day no longer in force, null when open
 * @param datePrecision       how exactly the source dated {@code validFrom}
 * @param reportedOn          when the source said it
 * @param reportedOnPrecision how exactly we know {@code reportedOn} (undated articles are {@code APPROXIMATE})
 * @param basis               explicit or blanket
 * @param quote               the exact words
 * @param url                 the article's address, null when we could not establish it
 * @param article             the article's title
 * @param articleRef          our copy of the article (e.g. {@code seeds/001_b86b509722f25f8f.txt}), may be null
 * @param speaker             who spoke for the source, may be null
 * @param note                our reading of the quote: why these dates, this actor, this basis; may be null
 * @param geometry            the shape that source drew, or null when the place's polygon stands
 * @param version             1 for the first version, +1 for each correction
 * @param recorded            store-wide sequence number of this version: the last tie-break of the as-of rule
 * @param recordedAt          when this version was stored
 * @param editor              who stored this version
 * @param retraction          null unless retracted
 */
public record Claim(String id, String source, String place, String actor,
                    LocalDate validFrom, LocalDate validTo, DatePrecision datePrecision,
                    LocalDate reportedOn, DatePrecision reportedOnPrecision, Basis basis,
                    String quote, String url, String article, String articleRef, String speaker, String note,
                    Geometry geometry,
                    int version, long recorded, Instant recordedAt, String editor, Retraction retraction) {

    /** True when in force on {@code day}: {@code validFrom <= day < validTo}. */
    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    public boolean retracted() {
        return retraction != null;
    }

    /** This claim as stored: with its version, sequence number, time and editor. */
    public Claim recordedAs(int newVersion, long newRecorded, Instant at, String by) {
        return new Claim(id, source, place, actor, validFrom, validTo, datePrecision, reportedOn, reportedOnPrecision,
                basis, quote, url, article, articleRef, speaker, note, geometry, newVersion, newRecorded, at, by,
                retraction);
    }

    public Claim retractedBy(Retraction r) {
        return new Claim(id, source, place, actor, validFrom, validTo, datePrecision, reportedOn, reportedOnPrecision,
                basis, quote, url, article, articleRef, speaker, note, geometry, version, recorded, recordedAt, editor,
                r);
    }
}
