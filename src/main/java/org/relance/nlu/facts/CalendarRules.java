package org.relance.nlu.facts;

import static org.relance.nlu.facts.DatePatterns.DAY_PREFIX;
import static org.relance.nlu.facts.DatePatterns.IN;
import static org.relance.nlu.facts.DatePatterns.NOT_AFTER_A_DAY;
import static org.relance.nlu.facts.DatePatterns.anyOrdinalDay;
import static org.relance.nlu.facts.DatePatterns.isoDate;
import static org.relance.nlu.facts.DatePatterns.ordinalWord;
import static org.relance.nlu.facts.DatePatterns.weekdayPosition;
import static org.relance.nlu.facts.DateGrammar.rule;
import static org.relance.nlu.facts.TokenPattern.count;
import static org.relance.nlu.facts.TokenPattern.longest;
import static org.relance.nlu.facts.TokenPattern.month;
import static org.relance.nlu.facts.TokenPattern.notBefore;
import static org.relance.nlu.facts.TokenPattern.opt;
import static org.relance.nlu.facts.TokenPattern.phrase;
import static org.relance.nlu.facts.TokenPattern.phrases;
import static org.relance.nlu.facts.TokenPattern.seq;
import static org.relance.nlu.facts.TokenPattern.unit;
import static org.relance.nlu.facts.TokenPattern.weekday;
import static org.relance.nlu.facts.TokenPattern.word;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.relance.nlu.facts.DateExpression.DayAndMonth;
import org.relance.nlu.facts.DateExpression.DayOfMonthFromNow;
import org.relance.nlu.facts.DateExpression.DaysFromNow;
import org.relance.nlu.facts.DateExpression.MonthPart;
import org.relance.nlu.facts.DateExpression.PartOfMonth;
import org.relance.nlu.facts.DateExpression.PeriodFromNow;
import org.relance.nlu.facts.DateExpression.Shifted;
import org.relance.nlu.facts.DateExpression.Week;
import org.relance.nlu.facts.DateExpression.WeekdayAfter;
import org.relance.nlu.facts.DateExpression.WeekdayOfMonth;
import org.relance.nlu.facts.DateExpression.WeekdayOfWeek;
import org.relance.nlu.facts.DateGrammar.Rule;

/**
 * The calendar rules of the {@link DateGrammar} (NLU-CONTRACT.md, "More date rules"), composed from
 * a day (in figures or ordinal words), a month, a year, a weekday and its position in the month,
 * an offset and a direction: ISO dates, "le premier avril", "June second", "le 12 de ce mois", "the
 * third Thursday of May", "le dernier jour de juin", "le lendemain (du 9 mars)", "deux jours plus
 * tard", "dans un an", "dans trois jeudis", "vendredi cette semaine", "friday after next".
 */
final class CalendarRules {

  private static final TokenPattern YEAR = DatePatterns.year(NOT_AFTER_A_DAY);
  /** "le", "on the", "by the" before a day. */
  private static final TokenPattern BEFORE_A_DAY = seq(DAY_PREFIX, opt(word("the")));
  private static final TokenPattern OF = opt(word("of", "de", "d", "du", "in", "en"));
  private static final TokenPattern DAY_WORD = opt(word("jour", "day"));
  private static final TokenPattern THIS_MONTH = phrases("de ce mois", "de ce mois ci", "du mois en cours",
      "du mois courant", "of this month", "of the current month", "this month");
  private static final TokenPattern NEXT_MONTH = phrases("du mois prochain", "du mois suivant", "du mois pro",
      "of next month", "of the next month", "of the following month", "next month", "in next month");
  private static final TokenPattern FROM_NOW = phrases("from now", "from today", "hence",
      "a partir d aujourd hui");
  private static final TokenPattern YEARS = word("an", "ans", "annee", "annees", "year", "years", "yr", "yrs");
  /** What follows "deux jours après" when it counts from something else than R: "après réception". */
  private static final Set<String> AFTER_SOMETHING = Set.of("le", "la", "les", "l", "reception", "votre",
      "vos", "ma", "mon", "ta", "the", "receipt", "delivery", "livraison", "your", "my", "that", "cela",
      "ca", "avoir", "receiving", "getting");

  /**
   * "le lendemain" alone: R+1, but not ahead by its words, for it may follow a past event ("la fuite
   * est revenue le lendemain").
   */
  private static final DateExpression DAY_AFTER = new Shifted(new DaysFromNow(0), 1);

  static final List<Rule> RULES = List.of(
      rule("iso date", seq(DAY_PREFIX, isoDate(), notBefore(NOT_AFTER_A_DAY)),
          c -> new DayAndMonth(c.day, c.month, c.year)),
      rule("ordinal day of a month", seq(DAY_PREFIX, opt(weekday()), opt(word("le", "the")), anyOrdinalDay(),
          DAY_WORD, OF, month(), notBefore(NOT_AFTER_A_DAY), YEAR),
          c -> new DayAndMonth(c.day, c.month, c.year)),
      rule("month and ordinal day", seq(opt(word("on", "by", "le")), opt(weekday()), month(),
          opt(word("the")), ordinalWord(), YEAR), c -> new DayAndMonth(c.day, c.month, c.year)),
      rule("day of this month", seq(BEFORE_A_DAY, anyOrdinalDay(), DAY_WORD, THIS_MONTH),
          c -> new DayOfMonthFromNow(c.day, 0)),
      rule("day of next month", seq(BEFORE_A_DAY, anyOrdinalDay(), DAY_WORD, NEXT_MONTH),
          c -> new DayOfMonthFromNow(c.day, 1)),

      rule("weekday of a month", seq(opt(word("le", "la", "the", "on")), weekdayPosition(), weekday(),
          word("de", "d", "of", "in", "en"), month(), YEAR),
          c -> new WeekdayOfMonth(c.weekday, c.nth, c.month, c.year, 0)),
      rule("weekday of this month", seq(opt(word("le", "la", "the", "on")), weekdayPosition(), weekday(),
          longest(THIS_MONTH, phrases("du mois", "of the month"))),
          c -> new WeekdayOfMonth(c.weekday, c.nth, null, -1, 0)),
      rule("weekday of next month", seq(opt(word("le", "la", "the", "on")), weekdayPosition(), weekday(),
          NEXT_MONTH), c -> new WeekdayOfMonth(c.weekday, c.nth, null, -1, 1)),
      rule("last day of a month", seq(opt(word("le", "the", "on", "by")), word("dernier", "last"),
          word("jour", "day"), word("de", "d", "of", "du", "in"), month(), YEAR),
          c -> new DayAndMonth(31, c.month, c.year)),
      rule("last day of this month", phrases("le dernier jour du mois", "dernier jour du mois",
          "the last day of the month", "last day of the month", "the last day of this month",
          "last day of this month", "le dernier jour de ce mois"),
          c -> new PartOfMonth(null, 0, MonthPart.END)),
      rule("last day of next month", phrases("le dernier jour du mois prochain",
          "dernier jour du mois prochain", "the last day of next month", "last day of next month"),
          c -> new PartOfMonth(null, 1, MonthPart.END)),

      new Rule("the day after", phrases("le lendemain", "lendemain", "le jour suivant", "le jour d apres",
          "the day after", "the next day", "the following day", "day after"), c -> DAY_AFTER, false, true),
      rule("days later", seq(count(), unit(), longest(phrase("plus tard"), word("later", "apres", "apr")),
          notBefore(AFTER_SOMETHING)), c -> new PeriodFromNow(c.count, c.unit)),
      rule("in a couple of", seq(IN, opt(word("a")), phrase("couple of"), unit()),
          c -> new PeriodFromNow(2, c.unit)),
      rule("a period hence", seq(count(), unit(), word("hence")), c -> new PeriodFromNow(c.count, c.unit)),
      rule("in years", seq(IN, opt(word("les", "the", "next")), count(), YEARS),
          c -> new PeriodFromNow(c.count, ChronoUnit.YEARS)),
      rule("years from now", seq(count(), YEARS, FROM_NOW), c -> new PeriodFromNow(c.count, ChronoUnit.YEARS)),
      rule("weekdays from now", longest(seq(count(), weekday(), FROM_NOW), seq(IN, count(), weekday())),
          c -> new WeekdayAfter(c.weekday, 7 * (c.count - 1))),

      rule("the week after next", phrases("the week after next", "week after next",
          "la semaine d apres la semaine prochaine"), c -> new Week(2)),
      rule("weekday this week", seq(opt(word("le", "ce", "on")), weekday(), phrases("cette semaine",
          "de cette semaine", "cette sem", "this week", "of this week", "de la semaine en cours")),
          c -> new WeekdayOfWeek(c.weekday, 0)),
      rule("weekday after next", seq(opt(word("le", "ce", "on", "the")), weekday(),
          phrases("after next", "d apres")), c -> new WeekdayAfter(c.weekday, 7)));

  private CalendarRules() {}
}
