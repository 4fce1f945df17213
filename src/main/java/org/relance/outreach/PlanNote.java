package org.relance.outreach;

import org.relance.common.WireNames;
import org.relance.debtorcase.CaseView;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan's written notice to the debtor, held to the contact rules like a rung's message: the
 * reminder before instalment {@code index} ({@code amount} due on {@code dueOn}), or that instalment
 * missed, the ladder resuming on {@code resumesOn}. It says whether the case, as it stands when the
 * notice could go, still calls for it.
 */
public record PlanNote(Kind kind, int index, BigDecimal amount, String currency, LocalDate dueOn,
                       LocalDate resumesOn) {

  /** Which notice. */
  public enum Kind {
    REMINDER("debtor.plan.reminder"), MISSED("debtor.plan.missed");

    private final String templateId;

    Kind(String templateId) {
      this.templateId = templateId;
    }

    /** The debtor's text ({@code conversations/templates}). */
    public String templateId() {
      return templateId;
    }

    public String wire() {
      return WireNames.of(this);
    }
  }

  /**
   * Why the notice no longer fits the case, if it does not: a reminder whose instalment was paid, has
   * gone from the plan or whose day has passed ({@code today} in the business's zone); a missed
   * instalment whose notice the ladder no longer waits on.
   */
  boolean outdated(CaseView view, LocalDate today) {
    if (kind == Kind.MISSED) {
      return !resumesOn.equals(view.ladderResumesOn());
    }
    boolean waiting = view.plan() != null && index < view.plan().installments().size()
        && !view.plan().installments().get(index).paid() && view.plan().installments().get(index).date().equals(dueOn);
    return !waiting || today.isAfter(dueOn);
  }
}
