package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.limits.InputLimits;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The case's own guard over {@link InputLimits}: a command carrying a date, an amount, a text or a
 * list out of bounds is refused as invalid before anything is decided or written, whichever face
 * sent it (the faces check first, to name the field or re-ask; this is the defense in depth that
 * keeps the journal readable and the read sides' columns wide enough).
 */
final class CommandLimits {

  private CommandLimits() {}

  /** Why {@code command} is out of bounds today, or nothing. */
  static Optional<String> refusal(CaseCommand command, Clock clock) {
    return checks(command, clock).flatMap(Optional::stream).findFirst();
  }

  private static Stream<Optional<String>> checks(CaseCommand command, Clock clock) {
    if (command instanceof Open o) {
      return Stream.of(Stream.of(debtor(o.debtor()),
              named("invoices", InputLimits.count(o.invoices(), InputLimits.INVOICES)),
              named("priorReminders", InputLimits.count(o.priorReminders(), InputLimits.PRIOR_REMINDERS))),
          o.invoices().stream().map(i -> invoice(i, clock)),
          o.priorReminders().stream().map(p -> named("priorReminders.date", InputLimits.pastDate(p.date(), clock))))
          .flatMap(s -> s);
    }
    if (command instanceof AddInvoice a) {
      return Stream.of(invoice(a.invoice(), clock));
    }
    if (command instanceof RecordPayment p) {
      return Stream.of(amount("amount", p.amount()), named("date", InputLimits.pastDate(p.date(), clock)));
    }
    if (command instanceof RecordPromise p) {
      return Stream.of(named("date", InputLimits.date(p.date(), clock)), amount("amount", p.amount()), words(p.words()));
    }
    if (command instanceof LogCall c) {
      return Stream.concat(Stream.of(named("promiseDate", InputLimits.date(c.promiseDate(), clock)),
              amount("amount", c.amount()), named("note", InputLimits.text(c.note(), InputLimits.WORDS)),
              named("phone", InputLimits.phone(c.newPhone()))),
          c.plan() == null ? Stream.empty() : installments(c.plan(), clock));
    }
    if (command instanceof ProposePlan p) {
      return Stream.concat(Stream.of(words(p.words())), installments(p.installments(), clock));
    }
    if (command instanceof CorrectPlan p) {
      return installments(p.installments(), clock);
    }
    if (command instanceof ClaimPayment c) {
      return Stream.of(named("date", InputLimits.pastDate(c.date(), clock)), words(c.words()));
    }
    if (command instanceof CorrectClaimedPayment c) {
      return Stream.of(named("date", InputLimits.pastDate(c.date(), clock)));
    }
    if (command instanceof ConfirmClaimedPayment c) {
      return Stream.of(amount("amount", c.amount()));
    }
    if (command instanceof ResolveDispute r) {
      return Stream.of(amount("amount", r.amount()));
    }
    if (command instanceof OpenDispute d) {
      return Stream.of(named("reason", InputLimits.text(d.reason(), InputLimits.WORDS)));
    }
    if (command instanceof RecordDelayReason d) {
      return Stream.of(words(d.words()));
    }
    if (command instanceof RecordProceedings p) {
      return Stream.of(named("judgmentDate", InputLimits.pastDate(p.judgmentDate(), clock)), words(p.words()));
    }
    if (command instanceof Pause p) {
      return Stream.of(named("until", InputLimits.date(p.until(), clock)));
    }
    if (command instanceof RecordLetterPosted l) {
      return Stream.of(named("date", InputLimits.pastDate(l.date(), clock)),
          named("registeredNumber", InputLimits.text(l.registeredNumber(), InputLimits.REFERENCE)));
    }
    return Stream.empty();
  }

  private static Optional<String> debtor(Debtor d) {
    if (d == null) {
      return Optional.empty();
    }
    return Stream.of(named("debtor.name", InputLimits.text(d.name(), InputLimits.NAME)),
            named("debtor.legalForm", InputLimits.text(d.legalForm(), InputLimits.LINE)),
            named("debtor.email", InputLimits.text(d.email(), InputLimits.LINE)),
            named("debtor.phone", InputLimits.text(d.phone(), InputLimits.LINE)),
            named("debtor.address", InputLimits.address(d.address()).map(InputLimits.AddressProblem::reason)))
        .flatMap(Optional::stream).findFirst();
  }

  private static Optional<String> invoice(Invoice i, Clock clock) {
    return Stream.of(named("invoice.number", InputLimits.text(i.number(), InputLimits.REFERENCE)),
            amount("invoice.amount", i.amount()),
            named("invoice.issueDate", InputLimits.date(i.issueDate(), clock)),
            named("invoice.dueDate", InputLimits.date(i.dueDate(), clock)))
        .flatMap(Optional::stream).findFirst();
  }

  private static Stream<Optional<String>> installments(List<Installment> list, Clock clock) {
    return Stream.concat(Stream.of(named("installments", InputLimits.count(list, InputLimits.INSTALMENTS))),
        list == null ? Stream.empty() : list.stream().flatMap(i -> Stream.of(
            named("installments.date", InputLimits.date(i.date(), clock)), amount("installments.amount", i.amount()))));
  }

  private static Optional<String> words(String words) {
    return named("words", InputLimits.text(words, InputLimits.WORDS));
  }

  private static Optional<String> amount(String field, Money money) {
    return named(field, money == null ? Optional.empty() : InputLimits.amount(money.amount()));
  }

  private static Optional<String> named(String field, Optional<String> problem) {
    return problem.map(p -> field + " " + p);
  }
}
