package controlmap.synth;

import controlmap.domain.Place;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;

/** Invented place names in the style of Syrian toponyms, in English and Arabic, with a kind. */
final class PlaceNames {

    private static final String[][] PREFIXES = {
        {"Tell", "تل"}, {"Ain", "عين"}, {"Deir", "دير"}, {"Kafr", "كفر"}, {"Jisr", "جسر"}, {"Bir", "بئر"},
        {"Khirbet", "خربة"}, {"Maarat", "معرة"}, {"Qasr", "قصر"}, {"Beit", "بيت"}, {"", ""}, {"", ""},
    };
    private static final String[][] STEMS = {
        {"Abyad", "أبيض"}, {"Hamra", "حمراء"}, {"Sharqi", "شرقي"}, {"Gharbi", "غربي"}, {"Kabir", "كبير"},
        {"Saghir", "صغير"}, {"Zeitoun", "زيتون"}, {"Nahr", "نهر"}, {"Jabal", "جبل"}, {"Rumman", "رمان"},
        {"Tut", "توت"}, {"Hajar", "حجر"}, {"Sultan", "سلطان"}, {"Shams", "شمس"}, {"Qamar", "قمر"},
        {"Wadi", "وادي"}, {"Marj", "مرج"}, {"Bustan", "بستان"}, {"Tahta", "تحتا"}, {"Fawqa", "فوقا"},
    };
    private static final String[] KINDS = {"village", "village", "village", "town", "district", "camp"};

    private PlaceNames() {
    }

    /** A place with an invented name (made unique by its id's number) and kind. */
    static Place place(String id, Geometry g, SplittableRandom r) {
        String[] prefix = PREFIXES[r.nextInt(PREFIXES.length)];
        String[] stem = STEMS[r.nextInt(STEMS.length)];
        String number = id.replaceFirst("^p0*", "");
        String name = (prefix[0].isEmpty() ? "" : prefix[0] + " ") + "al-" + stem[0] + " " + number;
        String nameAr = (prefix[1].isEmpty() ? "" : prefix[1] + " ") + "ال" + stem[1] + " " + number;
        return new Place(id, name, nameAr, KINDS[r.nextInt(KINDS.length)], "approximate",
                "Synthetic cell made by the generate command for benchmarks.", g);
    }
}
