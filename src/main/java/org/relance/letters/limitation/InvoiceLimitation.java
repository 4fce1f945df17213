package org.relance.letters.limitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

import java.time.LocalDate;

/**
 * When one invoice's claim becomes time-barred: the period runs from the due date, or from the
 * last event that restarted it ({@link Restart}), for 5 years between traders (Code de commerce
 * L110-4) or 2 years for a professional's claim on a consumer (Code de la consommation L218-2);
 * for a UK business, 6 years for a claim in contract (Limitation Act 1980 s.5, restarted under s.29).
 */
public record InvoiceLimitation(
    String invoiceNumber,
    LocalDate dueDate,
    Restart restart,
    LocalDate limitDate,
    String basisArticle) {

  public static final String COMMERCIAL_ARTICLE = "Code de commerce L110-4";
  public static final String CONSUMER_ARTICLE = "Code de la consommation L218-2";
  public static final String UK_ARTICLE = "Limitation Act 1980 s.5";
  public static final String RESTART_ARTICLE = "Code civil 2240";
  public static final String UK_RESTART_ARTICLE = "Limitation Act 1980 s.29";

  /** The key of an article's wording in limitation.properties: commercial, consumer or uk. */
  static String basisKey(String article) {
    return article.equals(COMMERCIAL_ARTICLE) ? "commercial" : article.equals(CONSUMER_ARTICLE) ? "consumer" : "uk";
  }

  /** What restarted the period, and when (Code civil 2240). */
  public record Restart(LocalDate on, Reason reason) {}

  /** The only two events that restart it here: a recorded part payment, an acknowledgment the owner confirmed. */
  public enum Reason {
    PART_PAYMENT, ACKNOWLEDGMENT;

    @JsonValue
    public String wire() {
      return WireNames.of(this);
    }

    @JsonCreator
    public static Reason fromWire(String text) {
      return WireNames.parse(Reason.class, text, "limitation.restart");
    }
  }

  /** The article under which the period restarts: Code civil 2240, or the Limitation Act 1980 s.29 in the UK. */
  public String restartArticle() {
    return basisArticle.equals(UK_ARTICLE) ? UK_RESTART_ARTICLE : RESTART_ARTICLE;
  }

  /** The day the period starts over from: the last restart, else the due date. */
  public LocalDate runsFrom() {
    return restart == null ? dueDate : restart.on();
  }
}
