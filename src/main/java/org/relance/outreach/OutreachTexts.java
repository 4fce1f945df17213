package org.relance.outreach;

import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.ladder.Stage;
import org.relance.messages.MessageTemplates;
import org.relance.owner.OwnerTexts;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The debtor messages of the ladder ({@code outreach.<stage>} in the templates): who writes (the
 * business), the open invoices with what is still owed on each and its due date, the total, and
 * an invitation to answer here. Amounts and dates as the owner's side writes them.
 */
public final class OutreachTexts {

  private final MessageTemplates templates;

  public OutreachTexts(MessageTemplates templates) {
    this.templates = templates;
  }

  /** The message of {@code stage} for this case, in {@code language}. */
  public String message(Stage stage, CaseView view, String business, Language language) {
    String invoices = view.invoices().stream().filter(i -> i.outstanding().signum() > 0)
        .map(i -> templates.text(language, "outreach.invoice", Map.of("number", i.number(),
            "amount", OwnerTexts.money(i.outstanding(), i.currency(), language),
            "due", OwnerTexts.date(i.dueDate(), language))))
        .collect(Collectors.joining("\n"));
    return templates.text(language, "outreach." + stage.wire(), Map.of("business", business,
        "invoices", invoices, "balance", OwnerTexts.money(view.balance(), view.currency(), language)));
  }
}
