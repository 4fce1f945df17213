package org.relance.imports;

import org.relance.gateway.CaseGateway;
import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.Invoice;
import org.relance.imports.ImportStore.KnownInvoice;
import org.relance.imports.Tally.Outcome;
import org.relance.limits.InputLimits;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One debtor's part of an import: opens their case with the invoices still due (a case per debtor),
 * or brings the open case up to the ledger (new invoices added, what was paid since recorded as one
 * payment), through the case's own commands. The debtor's postal address is the ledger's when the
 * case is opened; a later import leaves an open case's debtor as it is (no case command corrects a
 * debtor's details). Every command carries an idempotency key derived from the case and what it
 * records, so importing the same file again, or a retry, never doubles anything.
 */
final class DebtorImport {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DebtorImport.class);

  /** Everything one debtor's part needs. */
  record Unit(String debtorKey, List<LedgerRow> rows, String caseId, List<KnownInvoice> absent,
              Map<String, KnownInvoice> known) {}

  private final ImportContext context;
  private final Unit unit;
  private final Map<String, KnownInvoice> remembered = new LinkedHashMap<>();
  private BigDecimal paid = BigDecimal.ZERO;

  DebtorImport(ImportContext context, Unit unit) {
    this.context = context;
    this.unit = unit;
  }

  CompletionStage<Void> run() {
    if (unit.caseId() == null) {
      return open(unit.rows(), null);
    }
    return context.ask(unit.caseId(), CaseCommand.Get::new).thenCompose(reply ->
        reply instanceof CaseReply.Accepted a && a.view().status() != CaseFile.Status.CLOSED ? update(a.view())
            : settleClosed(reply));
  }

  /** The debtor's case is closed (or gone): rows it knew are only counted; new ones open a new case. */
  private CompletionStage<Void> settleClosed(CaseReply reply) {
    List<LedgerRow> fresh = new ArrayList<>();
    for (LedgerRow row : unit.rows()) {
      KnownInvoice known = unit.known().get(row.number());
      if (known == null) {
        fresh.add(row);
      } else {
        compare(row, known.remaining());
      }
    }
    unit.absent().forEach(a -> absentPaid(a));
    return open(fresh, unit.caseId());
  }

  private CompletionStage<Void> open(List<LedgerRow> rows, String closedCaseId) {
    List<LedgerRow> due = new ArrayList<>();
    for (LedgerRow row : rows) {
      if (row.settled()) {
        context.tally().row(Outcome.SKIPPED);
      } else if (due.size() >= InputLimits.INVOICES) {
        reject(row, "a case holds at most " + InputLimits.INVOICES + " invoices; import the rest once some are paid",
            Rejection.Code.TOO_MANY_INVOICES);
      } else {
        due.add(row);
      }
    }
    if (due.isEmpty()) {
      return remember(closedCaseId);
    }
    String key = "import:" + context.businessId() + ":" + unit.debtorKey() + ":" + closedCaseId;
    LedgerRow first = due.get(0);
    List<Invoice> invoices = due.stream().map(DebtorImport::invoice).toList();
    return context.cases().open(context.businessId(), key, profile -> new CaseGateway.NewCase(
        new Debtor(first.client(), DebtorType.BUSINESS, null, first.siren(), address(due), first.email(), null,
            profile.language(), profile.timezone()), invoices, List.of())).thenCompose(opening -> {
          String caseId = opening.caseId();
          CaseReply reply = opening.reply();
          if (reply instanceof CaseReply.Rejected rejected) {
            due.forEach(row -> reject(row, rejected.message(), Rejection.Code.CASE_REFUSED));
            return remember(closedCaseId);
          }
          for (LedgerRow row : due) {
            context.tally().row(Outcome.CREATED);
            paid = paid.add(row.amount().amount().subtract(row.remaining()));
            remembered.put(row.number(), new KnownInvoice(row.number(), unit.debtorKey(), caseId, row.remaining()));
          }
          CaseView opened = ((CaseReply.Accepted) reply).view();
          return pay(caseId, opened.balance(), opened.currency()).thenCompose(x -> remember(caseId));
        });
  }

  private CompletionStage<Void> update(CaseView view) {
    Map<String, CaseView.InvoiceView> inCase = new LinkedHashMap<>();
    view.invoices().forEach(i -> inCase.put(i.number(), i));
    List<LedgerRow> added = new ArrayList<>();
    for (LedgerRow row : unit.rows()) {
      KnownInvoice known = unit.known().get(row.number());
      CaseView.InvoiceView invoice = inCase.get(row.number());
      if (known != null || invoice != null) {
        compare(row, known != null ? known.remaining() : invoice.outstanding());
      } else if (row.settled()) {
        context.tally().row(Outcome.SKIPPED);
      } else if (inCase.size() + added.size() >= InputLimits.INVOICES) {
        reject(row, "the debtor's case already holds " + InputLimits.INVOICES + " invoices", Rejection.Code.TOO_MANY_INVOICES);
      } else {
        added.add(row);
      }
    }
    unit.absent().forEach(this::absentPaid);
    CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
    for (LedgerRow row : added) {
      chain = chain.thenCompose(x -> context.ask(view.id(), r -> new CaseCommand.AddInvoice(invoice(row),
          "import-invoice:" + view.id() + ":" + row.number(), r)).thenAccept(reply -> {
            if (reply instanceof CaseReply.Rejected rejected) {
              reject(row, rejected.message(), Rejection.Code.CASE_REFUSED);
            } else {
              context.tally().row(Outcome.CREATED);
              paid = paid.add(row.amount().amount().subtract(row.remaining()));
              remembered.put(row.number(), new KnownInvoice(row.number(), unit.debtorKey(), view.id(), row.remaining()));
            }
          }));
    }
    return chain.thenCompose(x -> context.ask(view.id(), CaseCommand.Get::new))
        .thenCompose(reply -> pay(view.id(), reply instanceof CaseReply.Accepted a ? a.view().balance() : BigDecimal.ZERO,
            view.currency()))
        .thenCompose(x -> remember(view.id()));
  }

  /** A row the debtor's case already knows: what remains due went down (paid since), stayed, or went up (refused). */
  private void compare(LedgerRow row, BigDecimal before) {
    String caseId = unit.known().containsKey(row.number()) ? unit.known().get(row.number()).caseId() : unit.caseId();
    int change = row.remaining().compareTo(before);
    if (change > 0) {
      reject(new Rejection(row.line(), LedgerColumn.REMAINING, "went up from " + before.toPlainString()
          + " to " + row.remaining().toPlainString() + " since the last import; correct the case by hand",
          Rejection.Code.WENT_UP, before.toPlainString()));
      return;
    }
    context.tally().row(change == 0 ? Outcome.UNCHANGED : row.settled() ? Outcome.PAID : Outcome.UPDATED);
    paid = paid.add(before.subtract(row.remaining()));
    remembered.put(row.number(), new KnownInvoice(row.number(), unit.debtorKey(), caseId, row.remaining()));
  }

  private void absentPaid(KnownInvoice invoice) {
    context.tally().absentPaid();
    paid = paid.add(invoice.remaining());
    remembered.put(invoice.number(), new KnownInvoice(invoice.number(), invoice.debtorKey(), invoice.caseId(),
        BigDecimal.ZERO.setScale(2)));
  }

  /**
   * What was paid since, recorded as one payment (at most the balance); its key is the case and the
   * invoices' new state, so the same file imported again records nothing more.
   */
  private CompletionStage<Void> pay(String caseId, BigDecimal balance, String currency) {
    BigDecimal amount = paid.min(balance);
    if (amount.signum() <= 0) {
      return CompletableFuture.completedFuture(null);
    }
    String state = remembered.values().stream().map(i -> i.number() + "=" + i.remaining().toPlainString())
        .sorted().reduce("", String::concat);
    String key = "import-payment:" + caseId + ":"
        + UUID.nameUUIDFromBytes(state.getBytes(StandardCharsets.UTF_8));
    LocalDate today = LocalDate.now(context.clock().withZone(context.profile().timezone()));
    Money money = new Money(amount, java.util.Currency.getInstance(currency));
    return context.ask(caseId, r -> new CaseCommand.RecordPayment(money, today, null, key, r)).thenAccept(reply -> {
      if (reply instanceof CaseReply.Rejected rejected) {
        log.warn("Import of {}: the payment of {} on case {} was refused: {}", context.businessId(),
            amount.toPlainString(), caseId, rejected.message());
      }
    });
  }

  private CompletionStage<Void> remember(String caseId) {
    if (caseId == null || remembered.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return context.blocking(() -> context.store().remember(context.businessId(), unit.debtorKey(), caseId,
        remembered.values()));
  }

  private void reject(LedgerRow row, String error, Rejection.Code code) {
    reject(new Rejection(row.line(), LedgerColumn.NUMBER, error, code, String.valueOf(InputLimits.INVOICES)));
  }

  private void reject(Rejection rejection) {
    context.tally().reject(rejection);
  }

  /** The first postal address the debtor's rows give, or null. */
  private static org.relance.common.PostalAddress address(List<LedgerRow> rows) {
    return rows.stream().map(LedgerRow::address).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  private static Invoice invoice(LedgerRow row) {
    return new Invoice(row.number(), row.amount(), row.issueDate(), row.dueDate());
  }
}
