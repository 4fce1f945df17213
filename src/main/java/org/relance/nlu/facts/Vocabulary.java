package org.relance.nlu.facts;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of dates and numbers, French and English, as folded by the {@link Tokenizer}: weekday
 * and month names with their abbreviations and frequent misspellings (plus any word of six letters
 * or more one typo away from a full name), number words, and the units of a duration.
 */
public final class Vocabulary {

  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  private static final Map<String, Month> MONTHS = new HashMap<>();
  private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

  /** Words that make a number a duration or a count, never a day of the month nor an amount. */
  public static final Set<String> DAY_UNITS = Set.of("jour", "jours", "j", "jrs", "jr", "day", "days");
  public static final Set<String> WEEK_UNITS = Set.of(
      "semaine", "semaines", "sem", "sems", "sm", "week", "weeks", "wk", "wks");
  public static final Set<String> MONTH_UNITS = Set.of("mois", "month", "months", "mth", "mths");
  public static final Set<String> OTHER_UNITS = Set.of(
      "fois", "x", "h", "heures", "heure", "hours", "hour", "min", "minutes", "ans", "an", "annees",
      "years", "year", "factures", "facture", "invoices", "personnes", "people", "times", "ieme",
      "eme", "mensualites", "mensualite", "echeances", "versements", "cheques", "chq", "parts",
      "tranches", "payments", "installments", "instalments", "prelevements", "percent",
      "pourcent", "pct", "salaries", "employes", "clients", "mn");

  /** Currency words and signs written after an amount ("300 €", "300e", "500 balles"). */
  public static final Set<String> CURRENCY_AFTER = Set.of(
      "€", "e", "eur", "euro", "euros", "eu", "eus", "euors", "eruos", "balles", "balle", "boules",
      "$", "dollars", "dollar", "usd", "bucks", "£", "gbp", "pounds", "pound", "quid", "chf",
      "francs", "ke", "keur", "keuros", "ht", "ttc");

  /** Currency words and signs written before an amount ("€4,800", "$1,250", "EUR 300"). */
  public static final Set<String> CURRENCY_BEFORE = Set.of("€", "$", "£", "eur", "usd", "gbp");

  static {
    weekday(DayOfWeek.MONDAY, "lundi", "lun", "lundis", "lnd", "lndi", "monday", "mondays", "mnday",
        "munday");
    weekday(DayOfWeek.TUESDAY, "mardi", "mardis", "mrdi", "tuesday", "tue", "tues", "tuesdays", "tusday",
        "tuesay");
    weekday(DayOfWeek.WEDNESDAY, "mercredi", "merc", "mercr", "mrcrdi", "mercredis", "mecredi", "mercerdi",
        "wednesday", "wed", "weds", "wednesdays", "wenesday", "wendsday", "wednsday", "wensday");
    weekday(DayOfWeek.THURSDAY, "jeudi", "jeudis", "jdi", "jeudy", "thursday", "thu", "thur", "thurs",
        "thursdays", "thrusday", "thursay");
    weekday(DayOfWeek.FRIDAY, "vendredi", "ven", "vend", "vendr", "vendredis", "vendredie", "vendrdi",
        "venredi", "vendedi", "vdd", "vdr", "vdrd", "vendred", "friday", "fri", "fridays", "firday",
            "fryday", "frday");
    weekday(DayOfWeek.SATURDAY, "samedi", "samedis", "smd", "samdi", "smdi", "saturday", "saturdays",
        "satruday");
    weekday(DayOfWeek.SUNDAY, "dimanche", "dimanches", "dimanch", "dimnche", "sunday", "sundays");
    month(Month.JANUARY, "janvier", "janv", "jan", "janvie", "january", "janaury");
    month(Month.FEBRUARY, "fevrier", "fev", "fevr", "fevier", "february", "feb", "febuary", "feburary");
    month(Month.MARCH, "mars", "march", "mar");
    month(Month.APRIL, "avril", "avr", "april", "apr");
    month(Month.MAY, "mai", "may");
    month(Month.JUNE, "juin", "june", "jun");
    month(Month.JULY, "juillet", "juil", "juilet", "july", "jul");
    month(Month.AUGUST, "aout", "august", "aug", "aou");
    month(Month.SEPTEMBER, "septembre", "sept", "sep", "setpembre", "september", "septmber");
    month(Month.OCTOBER, "octobre", "oct", "octbre", "october");
    month(Month.NOVEMBER, "novembre", "nov", "novmbre", "november", "novembe");
    month(Month.DECEMBER, "decembre", "dec", "decmbre", "decembr", "december", "decemeber", "dece");
    numbers(0, "zero");
    numbers(1, "un", "une", "one", "a", "an");
    numbers(2, "deux", "two", "2eux");
    numbers(3, "trois", "three", "troi");
    numbers(4, "quatre", "four", "quatres");
    numbers(5, "cinq", "five");
    numbers(6, "six");
    numbers(7, "sept", "seven");
    numbers(8, "huit", "eight");
    numbers(9, "neuf", "nine");
    numbers(10, "dix", "ten");
    numbers(11, "onze", "eleven");
    numbers(12, "douze", "twelve");
    numbers(13, "treize", "thirteen");
    numbers(14, "quatorze", "fourteen");
    numbers(15, "quinze", "fifteen");
    numbers(16, "seize", "sixteen");
    numbers(17, "seventeen");
    numbers(18, "eighteen");
    numbers(19, "nineteen");
    numbers(20, "vingt", "vingts", "twenty");
    numbers(30, "trente", "thirty");
    numbers(40, "quarante", "forty", "fourty");
    numbers(50, "cinquante", "fifty");
    numbers(60, "soixante", "sixty");
    numbers(70, "septante", "seventy");
    numbers(80, "huitante", "octante", "eighty");
    numbers(90, "nonante", "ninety");
  }

  /** Ordinal words of a day, French and English: "premier", "deuxième", "second", "third", "vingtième". */
  private static final Map<String, Integer> ORDINAL_WORDS = new HashMap<>();

  /**
   * Abbreviations that are also ordinary words ("mon" comptable, la "mer", "I sat", "Sam"): a
   * weekday only where a date can stand (see {@link Tokenizer}); "mar" is March elsewhere.
   */
  private static final Map<String, DayOfWeek> AMBIGUOUS_WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY,
      "mar", DayOfWeek.TUESDAY, "mer", DayOfWeek.WEDNESDAY, "jeu", DayOfWeek.THURSDAY,
      "sam", DayOfWeek.SATURDAY, "dim", DayOfWeek.SUNDAY, "sat", DayOfWeek.SATURDAY,
      "sun", DayOfWeek.SUNDAY);

  /** The ordinal words of the days 1 to 20, then 30, one day a line. */
  private static final List<String> ORDINALS_BY_DAY = List.of("premier premiere first", "deuxieme second seconde",
      "troisieme third", "quatrieme fourth", "cinquieme fifth", "sixieme sixth", "septieme seventh",
      "huitieme eighth", "neuvieme ninth", "dixieme tenth", "onzieme eleventh", "douzieme twelfth",
      "treizieme thirteenth", "quatorzieme fourteenth", "quinzieme fifteenth", "seizieme sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "vingtieme twentieth");

  static {
    for (int day = 1; day <= ORDINALS_BY_DAY.size(); day++) {
      put(ORDINAL_WORDS, day, ORDINALS_BY_DAY.get(day - 1).split(" "));
    }
    put(ORDINAL_WORDS, 30, "trentieme", "thirtieth");
    put(ORDINAL_WORDS, 1, "unieme"); // only after tens: "vingt et unième"
  }

  private Vocabulary() {}

  /** The day an ordinal word names ("premier" 1, "third" 3), or -1. */
  public static int ordinalWord(String word) {
    Integer value = ORDINAL_WORDS.get(word);
    return value == null ? -1 : value;
  }

  /** Every word that may start a day in ordinal words: the ordinals and the tens of a compound. */
  public static Set<String> ordinalStarts() {
    Set<String> all = new java.util.HashSet<>(ORDINAL_WORDS.keySet());
    all.addAll(Set.of("dix", "vingt", "twenty", "trente", "thirty"));
    return Set.copyOf(all);
  }

  /** The tens that start a compound ordinal ("vingt et unième", "twenty-first", "dix-septième"), or -1. */
  public static int ordinalTens(String word) {
    return switch (word) {
      case "dix" -> 10;
      case "vingt", "twenty" -> 20;
      case "trente", "thirty" -> 30;
      default -> -1;
    };
  }

  /** The weekday an abbreviation that is also an ordinary word may name ("sat", "mer"), or null. */
  public static DayOfWeek ambiguousWeekday(String word) {
    return AMBIGUOUS_WEEKDAYS.get(word);
  }

  /** Whether a word is a short name of a weekday or month that a full stop may follow: "ven.", "déc.". */
  public static boolean abbreviation(String word) {
    return word.length() <= 5 && (WEEKDAYS.containsKey(word) || MONTHS.containsKey(word)
        || AMBIGUOUS_WEEKDAYS.containsKey(word));
  }

  private static void weekday(DayOfWeek day, String... words) {
    for (String w : words) {
      WEEKDAYS.put(w, day);
    }
  }

  private static void month(Month month, String... words) {
    for (String w : words) {
      MONTHS.put(w, month);
    }
  }

  private static void numbers(int value, String... words) {
    put(NUMBER_WORDS, value, words);
  }

  private static void put(Map<String, Integer> map, int value, String... words) {
    for (String w : words) {
      map.put(w, value);
    }
  }

  /** Key words whose misspellings ("viremant", "prelevemnt", "prochainne") are read as them. */
  private static final List<String> KEY_WORDS = List.of(
      "virement", "virements", "prelevement", "prelevements", "prochaine", "prochain", "semaine",
      "semaines", "demain", "mensualites", "mensualite", "especes", "tomorrow", "quinzaine",
      "huitaine", "transfer", "installments", "instalments", "echeances", "versements");

  /**
   * The key word one typo away from {@code word} (six letters or more, same first letter), else the
   * word.
   */
  public static String corrected(String word) {
    if (word.length() < 6 || KEY_WORDS.contains(word)) {
      return word;
    }
    for (String key : KEY_WORDS) {
      if (key.charAt(0) == word.charAt(0) && oneEditApart(word, key)) {
        return key;
      }
    }
    return word;
  }

  /** The weekday a word names, or null. */
  public static DayOfWeek weekday(String word) {
    DayOfWeek day = WEEKDAYS.get(word);
    return day != null ? day : nearName(word, WEEKDAYS);
  }

  /** The month a word names, or null. */
  public static Month month(String word) {
    Month month = MONTHS.get(word);
    return month != null ? month : nearName(word, MONTHS);
  }

  /** The value of a number word below a hundred ("deux", "twenty"), or -1. */
  public static int numberWord(String word) {
    Integer value = NUMBER_WORDS.get(word);
    return value == null ? -1 : value;
  }

  /** A count written in digits or in words: "3", "trois", "three"; -1 when it is none. */
  public static int count(Token token) {
    if (token.isNumber()) {
      return token.intValue();
    }
    return token.isWord() ? numberWord(token.text()) : -1;
  }

  /** Every number word ("deux", "twenty"...). */
  public static Set<String> numberWords() {
    return Set.copyOf(NUMBER_WORDS.keySet());
  }

  /** Every word of a unit of days, weeks or months. */
  public static Set<String> durationUnits() {
    Set<String> all = new java.util.HashSet<>(DAY_UNITS);
    all.addAll(WEEK_UNITS);
    all.addAll(MONTH_UNITS);
    return Set.copyOf(all);
  }

  public static boolean isDurationUnit(String word) {
    return DAY_UNITS.contains(word) || WEEK_UNITS.contains(word) || MONTH_UNITS.contains(word);
  }

  /**
   * One typo (insertion, deletion, substitution or swap) after the first letter away from a full
   * name of six letters or more.
   */
  private static <T> T nearName(String word, Map<String, T> names) {
    if (word.length() < 6 || word.length() > 10) {
      return null;
    }
    for (Map.Entry<String, T> e : names.entrySet()) {
      String name = e.getKey();
      if (name.length() >= 6 && name.charAt(0) == word.charAt(0) && oneEditApart(word, name)) {
        return e.getValue();
      }
    }
    return null;
  }

  static boolean oneEditApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (i == la) {
        return true;
      }
      boolean swap = i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2);
      return swap || a.regionMatches(i + 1, b, i + 1, la - i - 1);
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }
}
