package org.relance.stats;

import org.relance.common.Language;
import org.relance.messages.MessageTemplates;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * The words of a {@link MoneyPicture} in the reader's language ({@code stats.*} in the message
 * templates): the buckets' names, the DSO sentence and the summary that goes with the chart.
 */
public final class StatsTexts {

  private final MessageTemplates templates;

  public StatsTexts(MessageTemplates templates) {
    this.templates = templates;
  }

  public String title(MoneyPicture picture, Language language) {
    return templates.text(language, "stats.title", Map.of("date", date(picture, language),
        "currency", picture.currency()));
  }

  /** The name of the bucket at {@code index} in {@link Ageing#BUCKETS}. */
  public String bucket(int index, Language language) {
    return templates.text(language, "stats.bucket." + Ageing.BUCKETS.get(index));
  }

  public String amountAxis(MoneyPicture picture, Language language) {
    return templates.text(language, "stats.axis", Map.of("currency", picture.currency()));
  }

  /** The DSO with how it was counted, or why there is none. */
  public String dso(MoneyPicture picture, Language language) {
    Map<String, Object> values = Map.of("days", picture.periodDays(),
        "receivables", language.money(picture.receivables(), picture.currency()),
        "sales", language.money(picture.sales(), picture.currency()));
    return picture.dso().map(dso -> templates.text(language, "stats.dso", withDso(values, dso, language)))
        .orElseGet(() -> templates.text(language, "stats.dso.no_sales", values));
  }

  /** Every number of the picture as lines of text: the chart's caption, and what a reader without images gets. */
  public String summary(MoneyPicture picture, Language language) {
    StringBuilder text = new StringBuilder(title(picture, language));
    for (int i = 0; i < Ageing.BUCKETS.size(); i++) {
      text.append('\n').append(templates.text(language, "stats.line", Map.of("bucket", bucket(i, language),
          "amount", language.money(picture.ageing().buckets().get(i), picture.currency()))));
    }
    text.append('\n').append(templates.text(language, "stats.total",
        Map.of("total", language.money(picture.receivables(), picture.currency()))));
    return text.append('\n').append(dso(picture, language)).toString();
  }

  private static Map<String, Object> withDso(Map<String, Object> values, java.math.BigDecimal dso, Language language) {
    java.util.HashMap<String, Object> all = new java.util.HashMap<>(values);
    java.text.NumberFormat days = java.text.NumberFormat.getNumberInstance(language.locale());
    days.setMinimumFractionDigits(1);
    all.put("dso", days.format(dso));
    return all;
  }

  private static String date(MoneyPicture picture, Language language) {
    return picture.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()));
  }
}
