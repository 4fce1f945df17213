package org.relance.debtorpage;

import org.relance.business.BusinessProfile;
import org.relance.common.Party;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseJournal;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.gateway.CaseGateway;
import org.relance.imports.InvoicePdfs;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * What a page shows of a case, read through the gateway and the stores: the case and its business,
 * then (for a verified debtor) the invoices whose PDF is kept, the exchange on the page from the
 * case's journal (channel {@value #CHANNEL}) and the choices offered last.
 */
final class PageCases {

  /** The name of the page's channel in the case's journal. */
  static final String CHANNEL = "page";

  /** A case and its business's profile. */
  record Found(CaseView view, BusinessProfile business) {}

  /** What the verified page shows besides the case. */
  record Extras(List<String> invoicePdfs, List<CasePageHtml.Line> conversation, List<CasePageHtml.Choice> choices) {}

  private final CaseGateway gateway;
  private final CaseJournal journal;
  private final InvoicePdfs pdfs;
  private final PageChoices choices;
  private final Executor blocking;

  PageCases(CaseGateway gateway, CaseJournal journal, InvoicePdfs pdfs, PageChoices choices, Executor blocking) {
    this.gateway = gateway;
    this.journal = journal;
    this.pdfs = pdfs;
    this.choices = choices;
    this.blocking = blocking;
  }

  /** The case and its business (empty when either is gone, e.g. a case erased). */
  CompletionStage<Optional<Found>> find(String caseId) {
    return gateway.ask(caseId, CaseCommand.Get::new).thenCompose(reply -> {
      if (!(reply instanceof CaseReply.Accepted accepted) || accepted.view().debtor() == null) {
        return CompletableFuture.completedFuture(Optional.<Found>empty());
      }
      CaseView view = accepted.view();
      return gateway.profile(view.businessId()).thenApply(profile -> profile.map(p -> new Found(view, p)));
    });
  }

  CompletionStage<Extras> extras(String caseId) {
    CompletionStage<List<CasePageHtml.Line>> conversation = journal.entries(caseId).thenApply(entries -> entries.stream()
        .map(CaseJournal.Entry::data)
        .filter(e -> e instanceof CaseEvent.MessageRecorded m && CHANNEL.equals(m.channel())
            && m.partyOrDebtor() == Party.DEBTOR)
        .map(e -> (CaseEvent.MessageRecorded) e)
        .map(m -> new CasePageHtml.Line(m.direction() == CaseEvent.Direction.IN, m.text())).toList());
    CompletionStage<Extras> stored = CompletableFuture.supplyAsync(
        () -> new Extras(pdfs.numbers(caseId), List.of(), choices.offered(caseId)), blocking);
    return stored.thenCombine(conversation, (s, lines) -> new Extras(s.invoicePdfs(), lines, s.choices()));
  }
}
