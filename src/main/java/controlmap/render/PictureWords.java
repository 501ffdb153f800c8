package controlmap.render;

import controlmap.domain.Actor;
import controlmap.domain.Source;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a picture in its language (English or Arabic), as the embed says them (web/js/labels.js): the day,
 * whose answer it is, the legend. Names of actors and sources in Arabic where the data has them.
 */
record PictureWords(boolean arabic, DateTimeFormatter days) {

    static final PictureWords EN = new PictureWords(false, DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
    static final PictureWords AR = new PictureWords(true, DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("ar")));

    static PictureWords of(PictureSpec spec) {
        return spec.arabic() ? AR : EN;
    }

    String day(LocalDate d) {
        return days.format(d);
    }

    String asOf(LocalDate d) {
        return (arabic ? " · كما أُعلن حتى " : " · as reported by ") + day(d);
    }

    String allSourcesTitle() {
        return arabic ? "كل المصادر (الأغلبية)" : "All sources (majority)";
    }

    String allSources() {
        return arabic ? "كل المصادر: كل مكان بلون الجهة التي تسميها أغلب المصادر، ورمادي حيث لا أغلبية"
                : "All sources: each place in the colour most sources name; grey where they split evenly (no majority)";
    }

    String according(String source) {
        return (arabic ? "بحسب " : "According to ") + source;
    }

    String sideBySide(boolean bothChosen) {
        if (arabic) {
            return "مصدران جنباً إلى جنب؛ مظلل حيث " + (bothChosen ? "يختلف المصدران" : "تختلف المصادر");
        }
        return "Two sources side by side; hatched where " + (bothChosen ? "these two disagree" : "sources disagree");
    }

    String actor(Actor a) {
        return arabic && a.nameAr() != null ? a.nameAr() : a.name();
    }

    String source(Source s) {
        return arabic && s.nameAr() != null ? s.nameAr() : s.name();
    }

    String part() {
        return arabic ? "مخطط: يسيطر على جزء من المكان" : "Striped: holds part of the place";
    }

    String presence() {
        return arabic ? "حدود منقطة: وجود لا سيطرة" : "Dotted outline: present, not in control";
    }

    String noMajority() {
        return arabic ? "لا أغلبية: المصادر منقسمة بالتساوي" : "No majority: the sources split evenly";
    }

    String disputed() {
        return arabic ? "متنازع عليه: المصادر مختلفة" : "Disputed: sources disagree";
    }

    String silent() {
        return arabic ? "لا يوجد ادعاء سارٍ" : "No claim in force";
    }

    /** " · 3 places" (one map only: with two, a count would mix both). */
    String places(int count, int maps) {
        if (maps > 1) {
            return "";
        }
        return arabic ? " · " + count + " أماكن" : " · " + count + (count == 1 ? " place" : " places");
    }
}
