package org.relance.nlu.facts;

import static org.relance.nlu.facts.TokenPattern.count;
import static org.relance.nlu.facts.TokenPattern.day;
import static org.relance.nlu.facts.TokenPattern.dottedDate;
import static org.relance.nlu.facts.TokenPattern.longest;
import static org.relance.nlu.facts.TokenPattern.month;
import static org.relance.nlu.facts.TokenPattern.notBefore;
import static org.relance.nlu.facts.TokenPattern.numericDate;
import static org.relance.nlu.facts.TokenPattern.opt;
import static org.relance.nlu.facts.TokenPattern.ordinalDay;
import static org.relance.nlu.facts.TokenPattern.phrase;
import static org.relance.nlu.facts.TokenPattern.phrases;
import static org.relance.nlu.facts.TokenPattern.seq;
import static org.relance.nlu.facts.TokenPattern.unit;
import static org.relance.nlu.facts.TokenPattern.weekday;
import static org.relance.nlu.facts.TokenPattern.word;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.relance.nlu.facts.DateExpression.DayAndMonth;
import org.relance.nlu.facts.DateExpression.DayOfMonth;
import org.relance.nlu.facts.DateExpression.DaysFromNow;
import org.relance.nlu.facts.DateExpression.MonthPart;
import org.relance.nlu.facts.DateExpression.PartOfMonth;
import org.relance.nlu.facts.DateExpression.PeriodFromNow;
import org.relance.nlu.facts.DateExpression.Tense;
import org.relance.nlu.facts.DateExpression.Week;
import org.relance.nlu.facts.DateExpression.Weekday;
import org.relance.nlu.facts.DateExpression.WeekdayAfter;
import org.relance.nlu.facts.DateExpression.WeekdayOfWeek;
import org.relance.nlu.facts.DateExpression.YearEnd;
import org.relance.nlu.facts.TokenPattern.Capture;

/**
 * The grammar of dates in French and English replies, one rule per line: a token pattern and the
 * {@link DateExpression} it denotes. {@link #find} reads a message left to right and, at each
 * position, keeps the rule that matches the most tokens (the first one listed on a tie).
 */
public final class DateGrammar {

  /**
   * A date written in the message, with the tokens it covers; a loose one ("in December") is a date
   * only next to a payment word.
   */
  public record Mention(DateExpression expression, int start, int end, int clause, boolean loose) {}

  /**
   * A rule: its pattern, what it denotes, whether it is loose, and whether it shifts the date
   * written right after it ("le lendemain du 9 mars") rather than R.
   */
  record Rule(String name, TokenPattern pattern, Function<Capture, DateExpression> meaning,
      boolean loose, boolean shifts) {}

  /** What may follow a lone ordinal for it to be a day ("15th", "le 1er"), not "2ème étage". */
  private static final Set<String> AFTER_A_LONE_ORDINAL = Set.of("of", "du", "de", "at", "a", "au", "et",
      "and", "ou", "or", "prochain", "next", "latest", "plus", "pour", "for", "then", "puis", "max",
      "maxi", "dernier", "derniere", "matin", "soir", "morning", "evening", "sans", "svp",
      "please", "pls", "ok", "c", "ca", "cest", "si", "if", "comme", "as", "je", "i", "we", "on");

  private static final Set<String> NOT_AFTER_A_DAY = DatePatterns.NOT_AFTER_A_DAY;
  private static final TokenPattern DAY = seq(day(), notBefore(NOT_AFTER_A_DAY), notBeforeNumber());
  private static final TokenPattern DAY_PREFIX = DatePatterns.DAY_PREFIX;
  private static final TokenPattern YEAR = DatePatterns.year(NOT_AFTER_A_DAY);
  private static final TokenPattern NEXT_WEEK = phrases("de la semaine prochaine",
      "de la semaine pro", "semaine prochaine", "sem pro", "semaine pro", "la semaine prochaine",
      "next week", "of next week", "de la semaine suivante", "the following week", "la semaine d apres",
      "semaine d apres", "de la semaine d apres", "la semaine suivante", "semaine suivante", "la semaine qui suit",
      "de la semaine qui suit", "of the following week");
  private static final TokenPattern LAST_WEEK = phrases("de la semaine derniere",
      "de la semaine passee", "semaine derniere", "la semaine derniere", "last week", "of last week");
  private static final TokenPattern IN = DatePatterns.IN;
  private static final TokenPattern BEGINNING = longest(word("debut", "dbt", "deb", "early", "courant"),
      phrases("beginning of", "the beginning of", "start of", "the start of", "au debut de",
          "debut du mois de", "au debut du mois de"));
  private static final TokenPattern MIDDLE = longest(word("mi", "mid", "milieu"),
      phrases("middle of", "the middle of", "a la mi", "vers la mi", "mi du mois de", "milieu du mois de"));
  private static final TokenPattern END = longest(word("fin", "late", "end"),
      phrases("end of", "the end of", "a la fin de", "fin du mois de", "la fin du mois de"));

  private static final List<Rule> CORE_RULES = List.of(
      rule("today", phrases("aujourd hui", "aujourdhui", "auj", "ajd", "aujd", "ojd", "aujourdui",
          "ajourdhui", "ajourd hui", "aujrd", "ajrd", "aujour dhui", "today", "tdy",
          "ce soir", "ce matin", "cet apres midi", "cet aprem", "ce midi", "ce jour", "tonight",
          "this morning", "this afternoon", "this evening", "dans la journee", "end of day",
          "by end of day", "eod", "des aujourd hui"), c -> new DaysFromNow(0)),
      rule("tomorrow", phrases("demain", "dmain", "demin", "deamin", "deman", "demai", "dmn",
          "demian", "dmeain", "tomrw", "tmrow", "tomorrow", "tommorow", "tomorow", "tommorrow",
          "tmrw", "tmr", "tmrrw", "tomoz"), c -> new DaysFromNow(1)),
      rule("after tomorrow", phrases("apres demain", "apres demin", "apres dmain", "apredemain",
          "apres dem", "day after tomorrow", "the day after tomorrow"), c -> new DaysFromNow(2)),
      rule("yesterday", phrases("hier", "yesterday", "yday", "yest", "ystrdy", "hiers"),
          c -> new DaysFromNow(-1)),
      rule("before yesterday", phrases("avant hier", "day before yesterday", "the day before yesterday"),
          c -> new DaysFromNow(-2)),

      rule("weekday next week", seq(opt(word("le", "ce")), weekday(), NEXT_WEEK),
          c -> new WeekdayOfWeek(c.weekday, 1)),
      rule("next week weekday", seq(phrases("next week", "la semaine prochaine", "semaine prochaine"),
          opt(word("on", "le")), weekday()), c -> new WeekdayOfWeek(c.weekday, 1)),
      rule("weekday last week", seq(opt(word("le", "ce")), weekday(), LAST_WEEK),
          c -> new WeekdayOfWeek(c.weekday, -1)),
      rule("weekday en huit", seq(opt(word("le", "ce")), weekday(), word("en"), eightOrFifteen(8)),
          c -> new WeekdayAfter(c.weekday, 7)),
      rule("weekday en quinze", seq(opt(word("le", "ce")), weekday(), word("en"), eightOrFifteen(15)),
          c -> new WeekdayAfter(c.weekday, 14)),
      rule("last weekday", longest(seq(word("last", "past", "previous"), weekday()),
          seq(opt(word("le", "ce")), weekday(), word("dernier", "derniere", "passe", "passee", "last"))),
          c -> new Weekday(c.weekday, Tense.PAST)),
      rule("next weekday", longest(seq(word("next", "coming"), weekday()),
          seq(phrase("this coming"), weekday()),
          seq(opt(word("le", "ce", "this")), weekday(), longest(word("prochain", "prochaine", "pro",
              "prochin", "prochai", "suivant", "suivante", "next"), phrase("qui vient")))),
          c -> new Weekday(c.weekday, Tense.FUTURE)),
      rule("weekday week", longest(seq(opt(word("a")), weekday(), word("week")),
          seq(phrase("a week on"), weekday())),
          c -> new WeekdayAfter(c.weekday, 7)),
      rule("a week today", phrases("a week today", "today week", "aujourd hui en huit", "auj en huit"),
          c -> new PeriodFromNow(7, ChronoUnit.DAYS)),
      rule("about ten days", seq(opt(word("une")), word("dizaine"), opt(phrase("de jours"))),
          c -> new PeriodFromNow(10, ChronoUnit.DAYS)),
      rule("weekday", seq(opt(word("ce", "this", "on")), weekday()),
          c -> new Weekday(c.weekday, Tense.EITHER)),

      rule("day month year", seq(DAY_PREFIX, opt(weekday()), opt(word("le", "the")), day(),
          opt(word("of", "de")), month(), notBefore(NOT_AFTER_A_DAY), YEAR),
          c -> new DayAndMonth(c.day, c.month, c.year)),
      rule("month day year", seq(opt(word("on", "by", "le")), opt(weekday()), month(), opt(dot()),
          opt(word("the")), day(), notBefore(NOT_AFTER_A_DAY),
          longest(DatePatterns.writtenYear(NOT_AFTER_A_DAY), notBeforeNumber())),
          c -> new DayAndMonth(c.day, c.month, c.year)),
      rule("numeric date", seq(DAY_PREFIX, opt(weekday()), opt(word("le", "the")), numericDate(),
          notBefore(NOT_AFTER_A_DAY)), c -> new DayAndMonth(c.day, c.month, c.year)),
      rule("dotted date", seq(opt(word("le", "the", "du", "au", "on", "by")), dottedDate(),
          notBefore(NOT_AFTER_A_DAY)), c -> new DayAndMonth(c.day, c.month, c.year)),
      rule("day of next month", seq(DAY_PREFIX, day(), opt(word("jour", "day")), phrases("du mois prochain", "du mois suivant",
          "du mois pro", "of next month", "next month", "of the next month", "of the following month")),
          c -> new DayOfMonth(c.day, 1)),
      rule("day of month", seq(word("le", "the", "on", "du", "au", "ce", "by", "avant"),
          opt(weekday()), opt(word("the")), DAY), c -> new DayOfMonth(c.day, 0)),
      rule("first of the month", seq(word("le", "the", "on", "au", "du", "by"), opt(word("the")),
          word("premier", "first"), notBefore(NOT_AFTER_A_DAY), opt(phrases("of the month", "du mois"))),
          c -> new DayOfMonth(1, 0)),
      rule("first of next month", seq(word("le", "the", "on", "au", "by"), opt(word("the")),
          word("premier", "first"), phrases("du mois prochain", "of next month", "of the next month",
          "du mois suivant", "of the following month")), c -> new DayOfMonth(1, 1)),
      rule("weekday and day", seq(opt(word("ce", "this", "on")), weekday(), opt(word("the")), DAY),
          c -> new DayOfMonth(c.day, 0)),
      rule("ordinal day", seq(ordinalDay(), wordOnlyAmong(AFTER_A_LONE_ORDINAL)),
          c -> new DayOfMonth(c.day, 0)),

      rule("in a period", seq(IN, opt(word("les", "the", "next")), count(), unit()),
          c -> new PeriodFromNow(c.count, c.unit)),
      rule("in hours", seq(IN, opt(word("les", "the", "next")), count(),
          word("h", "heures", "heure", "hours", "hrs", "hr")),
          c -> new PeriodFromNow(Math.max(1, c.count / 24), ChronoUnit.DAYS)),
      rule("a period ago", longest(seq(count(), unit(), word("ago")), seq(phrase("il y a"), count(), unit())),
          c -> new PeriodFromNow(-c.count, c.unit)),
      rule("a period from now", seq(count(), unit(),
          phrases("from now", "from today", "a partir d aujourd hui")),
          c -> new PeriodFromNow(c.count, c.unit)),
      rule("huitaine", seq(opt(word("une", "la")), word("huitaine")),
          c -> new PeriodFromNow(7, ChronoUnit.DAYS)),
      rule("quinzaine", seq(opt(word("une", "la", "a")), word("quinzaine", "fortnight", "quinzaines")),
          c -> new PeriodFromNow(14, ChronoUnit.DAYS)),

      rule("end of month", phrases("fin du mois", "fin de mois", "fin de ce mois", "fin mois",
          "fin du moi", "fin de moi", "end of the month", "end of month", "end of this month",
          "month end", "eom", "fdm", "end of the mth", "fin de ce mois ci", "fin du mois courant"),
          c -> new PartOfMonth(null, 0, MonthPart.END)),
      rule("end of next month", phrases("fin du mois prochain", "fin du mois pro", "fin mois prochain",
          "fin de mois prochain", "fin du mois suivant", "end of next month", "end of the next month",
          "end of the following month"), c -> new PartOfMonth(null, 1, MonthPart.END)),
      rule("beginning of next month", phrases("debut du mois prochain", "debut de mois prochain",
          "debut mois prochain", "debut du mois pro", "early next month", "beginning of next month",
          "start of next month", "the start of next month", "the beginning of next month",
          "debut du mois suivant", "start of the next month"),
          c -> new PartOfMonth(null, 1, MonthPart.BEGINNING)),
      rule("beginning of month", phrases("debut du mois", "debut de mois", "beginning of the month",
          "start of the month", "early in the month"), c -> new PartOfMonth(null, 0, MonthPart.BEGINNING)),
      rule("middle of month", phrases("mi mois", "milieu du mois", "milieu de mois", "mid month",
          "middle of the month", "the middle of the month"), c -> new PartOfMonth(null, 0, MonthPart.MIDDLE)),
      rule("middle of next month", phrases("mi mois prochain", "milieu du mois prochain",
          "mid next month", "middle of next month"), c -> new PartOfMonth(null, 1, MonthPart.MIDDLE)),
      rule("next month", phrases("le mois prochain", "mois prochain", "mois pro", "next month",
          "le mois suivant", "the following month", "le mois d apres", "mois d apres"),
          c -> new PartOfMonth(null, 1, MonthPart.WHOLE)),
      looseRule("this month", phrases("ce mois ci", "ce mois", "this month", "dans le mois",
          "within the month", "courant du mois", "dans le courant du mois"),
          c -> new PartOfMonth(null, 0, MonthPart.WHOLE)),
      rule("last month", phrases("le mois dernier", "mois dernier", "last month", "le mois passe"),
          c -> new PartOfMonth(null, -1, MonthPart.WHOLE)),
      rule("beginning of a month", seq(BEGINNING, opt(word("de", "d", "of")), month(),
          notBefore(NOT_AFTER_A_DAY), YEAR),
          c -> new PartOfMonth(c.month, 0, MonthPart.BEGINNING, c.year)),
      rule("middle of a month", seq(MIDDLE, opt(word("de", "d", "of")), month(), notBefore(NOT_AFTER_A_DAY), YEAR),
          c -> new PartOfMonth(c.month, 0, MonthPart.MIDDLE, c.year)),
      rule("end of a month", seq(END, opt(word("de", "d", "of")), month(), notBefore(NOT_AFTER_A_DAY), YEAR),
          c -> new PartOfMonth(c.month, 0, MonthPart.END, c.year)),
      looseRule("in a month", seq(longest(word("en", "in", "during"), phrases("dans le courant de",
          "courant", "au cours du mois de")), month(), notBefore(NOT_AFTER_A_DAY), YEAR),
          c -> new PartOfMonth(c.month, 0, MonthPart.WHOLE, c.year)),

      rule("this week", phrases("cette semaine", "this week", "dans la semaine", "within the week",
          "in the week", "cette sem", "fin de semaine", "fin de la semaine", "end of the week",
          "end of week", "eow", "end of the current week", "end of this week", "the end of the week",
          "by the end of the current week", "by the end of this week", "ce weekend", "ce week end", "ce we", "this weekend", "this week end",
          "the weekend", "le weekend", "le week end", "weekend", "week end", "this wknd", "wknd",
          "fin de cette semaine", "d ici la fin de la semaine", "by the end of the week",
          "courant de la semaine", "dans le courant de la semaine", "en cours de semaine",
          "during the week", "later this week", "later in the week"), c -> new Week(0)),
      rule("early next week", phrases("debut de semaine prochaine", "debut de la semaine prochaine",
          "en debut de semaine prochaine", "early next week", "beginning of next week",
          "start of next week", "debut semaine prochaine", "debut de semaine pro", "debut sem pro"),
          c -> new WeekdayOfWeek(DayOfWeek.TUESDAY, 1)),
      rule("middle of next week", phrases("milieu de semaine prochaine", "milieu de la semaine prochaine",
          "mid next week", "middle of next week", "midweek next week"),
          c -> new WeekdayOfWeek(DayOfWeek.THURSDAY, 1)),
      rule("end of next week", phrases("fin de semaine prochaine", "fin de la semaine prochaine",
          "end of next week", "the end of next week", "fin de semaine pro", "fin sem pro",
          "fin de la semaine pro"), c -> new Week(1)),
      rule("next week", longest(NEXT_WEEK, phrases("next wk", "nxt week", "le weekend prochain",
          "le week end prochain", "weekend prochain", "week end prochain", "next weekend",
          "next week end", "the coming week", "coming week", "the upcoming week", "upcoming week",
          "over the coming week", "in the coming week", "in the upcoming week", "dans la semaine qui suit",
          "dans la semaine suivante", "courant de la semaine suivante", "courant de la semaine prochaine",
          "dans le courant de la semaine prochaine", "dans le courant de la semaine suivante")), c -> new Week(1)),
      rule("last week", longest(LAST_WEEK, phrases("la semaine passee", "semaine passee", "the week before")),
          c -> new Week(-1)),
      rule("end of year", phrases("fin d annee", "fin de l annee", "fin de annee", "fin annee",
          "end of the year", "end of year", "year end", "fin d annees"), c -> new YearEnd()));

  private DateGrammar() {}

  /** The core rules, then the calendar rules of {@link CalendarRules}: on a tie, the first listed wins. */
  private static final List<Rule> RULES = Stream.concat(CORE_RULES.stream(), CalendarRules.RULES.stream())
      .toList();

  static Rule rule(String name, TokenPattern pattern, Function<Capture, DateExpression> meaning) {
    return new Rule(name, pattern, meaning, false, false);
  }

  private static Rule looseRule(String name, TokenPattern pattern,
      Function<Capture, DateExpression> meaning) {
    return new Rule(name, pattern, meaning, true, false);
  }

  private static TokenPattern eightOrFifteen(int value) {
    String word = value == 8 ? "huit" : "quinze";
    return TokenPattern.known(new TokenPattern.Starts(Set.of(word), true, false, false, false, false),
        (t, at, c) -> at < t.size() && (t.get(at).is(word) || t.get(at).intValue() == value) ? at + 1 : -1);
  }

  /** The full stop of an abbreviation: "Dec. 15". */
  private static TokenPattern dot() {
    return TokenPattern.known(TokenPattern.Starts.words(Set.of(".")),
        (t, at, c) -> at < t.size() && t.get(at).is(".") && !t.get(at).spaced() ? at + 1 : -1);
  }

  /** Succeeds without consuming unless the next token is a word outside {@code words}. */
  private static TokenPattern wordOnlyAmong(Set<String> words) {
    return TokenPattern.known(TokenPattern.Starts.NOTHING, (t, at, c) -> at < t.size() && t.get(at).isWord()
        && !words.contains(t.get(at).text()) && t.get(at).weekday() == null
        && t.get(at).month() == null ? -1 : at);
  }

  static TokenPattern notBeforeNumber() {
    return TokenPattern.known(TokenPattern.Starts.NOTHING,
        (t, at, c) -> at < t.size() && t.get(at).isNumber() ? -1 : at);
  }

  /** For each token, the rules that may start on it, by their place in {@link #RULES}. */
  private static final class RuleIndex {
    private final Map<String, BitSet> byWord = new HashMap<>();
    private final BitSet byNumber = new BitSet();
    private final BitSet byWeekday = new BitSet();
    private final BitSet byMonth = new BitSet();
    private final BitSet anywhere = new BitSet();

    RuleIndex(List<Rule> rules) {
      for (int r = 0; r < rules.size(); r++) {
        TokenPattern.Starts starts = rules.get(r).pattern().starts();
        for (String w : starts.words()) {
          byWord.computeIfAbsent(w, k -> new BitSet()).set(r);
        }
        byNumber.set(r, starts.numbers());
        byWeekday.set(r, starts.weekdays());
        byMonth.set(r, starts.months());
        anywhere.set(r, starts.anything());
      }
    }

    BitSet candidates(Token token) {
      BitSet candidates = (BitSet) anywhere.clone();
      BitSet words = byWord.get(token.text());
      if (words != null) {
        candidates.or(words);
      }
      if (token.isNumber()) {
        candidates.or(byNumber);
      }
      if (token.weekday() != null) {
        candidates.or(byWeekday);
      }
      if (token.month() != null) {
        candidates.or(byMonth);
      }
      return candidates;
    }
  }

  private static final RuleIndex INDEX = new RuleIndex(RULES);

  /** Every date written in the message, left to right, none overlapping. */
  public static List<Mention> find(List<Token> tokens) {
    List<Mention> mentions = new ArrayList<>();
    int at = 0;
    while (at < tokens.size()) {
      Match match = longestAt(tokens, at);
      if (match != null) {
        DateExpression expression = match.rule().meaning().apply(match.capture());
        int end = match.end();
        Match shifted = match.rule().shifts() ? longestAt(tokens, end) : null;
        if (shifted != null && !shifted.rule().shifts()) {
          expression = new DateExpression.Shifted(shifted.rule().meaning().apply(shifted.capture()), 1);
          end = shifted.end();
        }
        mentions.add(new Mention(expression, at, end, tokens.get(at).clause(), match.rule().loose()));
        at = end;
      } else {
        at++;
      }
    }
    return mentions;
  }

  private record Match(Rule rule, Capture capture, int end) {}

  /** The rule that matches the most tokens from {@code at} (the first listed on a tie), or null. */
  private static Match longestAt(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return null;
    }
    Token token = tokens.get(at);
    if (token.kind() != Token.Kind.WORD && token.kind() != Token.Kind.NUMBER) {
      return null;
    }
    Match best = null;
    BitSet candidates = INDEX.candidates(token);
    for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
      Rule rule = RULES.get(r);
      Capture capture = new Capture();
      int end = rule.pattern().match(tokens, at, capture);
      if (end > at && (best == null || end > best.end())) {
        best = new Match(rule, capture, end);
      }
    }
    return best;
  }
}
