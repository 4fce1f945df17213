package org.relance.letters.limitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.Language;
import org.relance.common.WireNames;
import org.relance.letters.LetterTexts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A warning to the owner that an invoice's limitation period ends soon: which invoice, which
 * warning, the limit, its basis (the article) and what last restarted the period. {@link #key()}
 * is stable for one invoice, warning and limit: the caller sends each key once. {@link #textKey()}
 * names the wording in {@code conversations/letters/<lang>/limitation.properties}.
 */
public record LimitationWarning(
    String invoiceNumber,
    Kind kind,
    LocalDate warnOn,
    LocalDate limitDate,
    String basisArticle,
    InvoiceLimitation.Restart restart) {

  /** The two warnings: six months and one month before the limit. */
  public enum Kind {
    SIX_MONTHS, ONE_MONTH;

    @JsonValue
    public String wire() {
      return WireNames.of(this);
    }

    @JsonCreator
    public static Kind fromWire(String text) {
      return WireNames.parse(Kind.class, text, "limitation.warning");
    }
  }

  public String key() {
    return "limitation:" + invoiceNumber + ":" + kind.wire() + ":" + limitDate;
  }

  public String textKey() {
    return "limitation.warning." + kind.wire();
  }

  /** The warning in the owner's language, naming the basis and, if any, the restart. */
  public String text(Language language) {
    LetterTexts texts = LetterTexts.load(language, "limitation");
    DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    String restarted = restart == null ? texts.get("limitation.not_restarted")
        : LetterTexts.fill(texts.get("limitation.restarted." + restart.reason().wire()), Map.of(
            "date", dates.format(restart.on()),
            "article", basisArticle.equals(InvoiceLimitation.UK_ARTICLE) ? InvoiceLimitation.UK_RESTART_ARTICLE
                : InvoiceLimitation.RESTART_ARTICLE));
    return LetterTexts.fill(texts.get(textKey(), List.of()), Map.of(
        "invoice", invoiceNumber,
        "limit_date", dates.format(limitDate),
        "basis", texts.get("limitation.basis." + InvoiceLimitation.basisKey(basisArticle)),
        "restart", restarted));
  }
}
