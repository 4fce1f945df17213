package org.relance.hostile;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile text, from a seeded random source (the same seed gives the same strings): very long,
 * exotic Unicode, control characters, right-to-left overrides, emoji, lone surrogates, SQL, HTML and
 * script injections, format and template strings, numbers and dates written as text that no parser
 * should take at face value, blanks. Each string says which {@link Kind} it is.
 */
public final class HostileStrings {

  /** The families of hostile text. */
  public enum Kind {
    LONG, UNICODE, CONTROL, RIGHT_TO_LEFT, EMOJI, LONE_SURROGATE, SQL, MARKUP, TEMPLATE, PATH, BLANK,
    NUMBER_TEXT, DATE_TEXT
  }

  /** A hostile string and the family it belongs to. */
  public record Sample(Kind kind, String text) {}

  /** Lengths just past the columns and limits the service has or should have (64, 255, 4096...). */
  private static final int[] LONG_LENGTHS = {65, 201, 256, 1_001, 4_097, 10_000, 100_000};

  private static final List<String> UNICODE = List.of("Ǆ̸̡̛͓͈̘ͅa͔̝̲̿", "\uFEFFF-101", "Z\u200B\u200C\u200Do", "ｆｕｌｌｗｉｄｔｈ",
      "𝕴𝖓𝖛𝖔𝖎𝖈𝖊 𝖓°𝟏", "Ⅻ", "İıŞş", "\u00A0\u202F\u2007", "日本語の債務者", "ﷺ", "\uFFFD\uFFFF\uFFFE", "A\u0301\u0301\u0301");
  private static final List<String> CONTROL = List.of("\u0000", "a\u0000b", "\u0007\u0008\u001B[31mred", "line\r\nbreak",
      "\t\t\t", "\u001F\u007F\u0085", "\u2028\u2029", "\\u0000", "\r");
  private static final List<String> RIGHT_TO_LEFT = List.of("\u202Egnp.exe", "abc\u202Edef\u202C", "\u200Fعربي\u200E",
      "שלום\u202D1200\u202C", "\u2066\u2067\u2068\u2069");
  private static final List<String> EMOJI = List.of("💸", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇫🇷", "🙂".repeat(50), "\uD83D\uDCA9F-101",
      "1️⃣2️⃣0️⃣0️⃣ €");
  private static final List<String> LONE_SURROGATE = List.of("\uD800", "\uDC00", "a\uD83Db", "\uDBFF\uDBFF");
  private static final List<String> SQL = List.of("' OR '1'='1", "'; DROP TABLE event_journal; --",
      "\" OR 1=1 --", "1; SELECT * FROM accounts", "') UNION SELECT persistence_id FROM event_journal --",
      "%' AND 1=0 UNION SELECT NULL--", "\\'; --");
  private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
      "\"><svg/onload=alert(1)>", "javascript:alert(1)", "<b>gras</b>", "*bold* _it_ `code` [link](http://x)",
      "&lt;&amp;&#0;", "<!--", "]]>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY y SYSTEM \"file:///etc/passwd\">]>");
  private static final List<String> TEMPLATE = List.of("%s%s%s%n", "{0}{1}", "${jndi:ldap://x/a}", "#{7*7}", "{{7*7}}",
      "{debtor}", "{amount}", "%", "\\", "$$", "{", "}");
  private static final List<String> PATH = List.of("../../../../etc/passwd", "..%2F..%2F", "/", "//", "?", "#", "%00",
      "con", "a/b", "%2e%2e");
  private static final List<String> BLANK = List.of("", " ", "   ", "\t", "\n", "\u3000", "\u200B");
  private static final List<String> NUMBER_TEXT = List.of("1e5000000", "-0", "NaN", "Infinity", "-Infinity",
      "1e17", "100000000000000000", "0.001", "1,5", "1.200,50", "1 200,50", "-1", "0", "0x10", "1_000", "١٢٣",
      "9".repeat(1001), "1" + "0".repeat(1000) + ".01", "0." + "0".repeat(400) + "1", "3660", "401", "2147483648",
      "9223372036854775808");
  private static final List<String> DATE_TEXT = List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01",
      "2026-02-30", "2026-13-01", "31/12/9999", "9999-12-31", "1900-01-01", "2026-11-23T25:61", "demain",
      "tomorrow", "le 32 décembre", "yesterday", "1970-01-01", "2026-W48", "P1000Y");

  private final SplittableRandom random;

  public HostileStrings(SplittableRandom random) {
    this.random = random;
  }

  /** A hostile string of any kind. */
  public Sample next() {
    Kind[] kinds = Kind.values();
    return of(kinds[random.nextInt(kinds.length)]);
  }

  public String nextText() {
    return next().text();
  }

  /** A hostile string of the given kind. */
  public Sample of(Kind kind) {
    String text = switch (kind) {
      case LONG -> longText(LONG_LENGTHS[random.nextInt(LONG_LENGTHS.length)]);
      case UNICODE -> pick(UNICODE);
      case CONTROL -> pick(CONTROL);
      case RIGHT_TO_LEFT -> pick(RIGHT_TO_LEFT);
      case EMOJI -> pick(EMOJI);
      case LONE_SURROGATE -> pick(LONE_SURROGATE);
      case SQL -> pick(SQL);
      case MARKUP -> pick(MARKUP);
      case TEMPLATE -> pick(TEMPLATE);
      case PATH -> pick(PATH);
      case BLANK -> pick(BLANK);
      case NUMBER_TEXT -> pick(NUMBER_TEXT);
      case DATE_TEXT -> pick(DATE_TEXT);
    };
    return new Sample(kind, text);
  }

  /** One of the hostile numbers written as text (also used as raw JSON number tokens). */
  public String numberText() {
    return pick(NUMBER_TEXT);
  }

  /** One of the hostile dates written as text. */
  public String dateText() {
    return pick(DATE_TEXT);
  }

  /** One element of {@code options}. */
  public <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  public SplittableRandom random() {
    return random;
  }

  /** Text of exactly {@code length} characters: a repeated letter, or a mix with multi-byte characters. */
  private String longText(int length) {
    if (random.nextBoolean()) {
      return "A".repeat(length);
    }
    String unit = "Ωé€日";
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(unit.charAt(text.length() % unit.length()));
    }
    return text.toString();
  }
}
