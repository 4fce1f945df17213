package org.relance.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseJournal;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Invoice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Builds the letters' view of a case ({@link LetterCase}) from what the case core shows: the case
 * as it stands, its business, and its journal (for the commitments, the messages and the dossier).
 * Credits granted (credit notes, corrected amounts) reduce the principal like payments.
 */
public final class LetterCases {

  private final ObjectMapper json;

  public LetterCases(ObjectMapper json) {
    this.json = json;
  }

  public LetterCase from(CaseView view, BusinessProfile business, List<CaseJournal.Entry> journal) {
    Currency currency = Currency.getInstance(view.currency());
    ZoneId zone = business.timezone();
    List<Invoice> invoices = view.invoices().stream()
        .map(i -> new Invoice(i.number(), new Money(i.amount(), currency), i.issueDate(), i.dueDate())).toList();
    List<Payment> payments = view.payments().stream()
        .map(p -> new Payment(p.date(), new Money(p.amount(), currency))).toList();
    List<SentReminder> reminders = view.steps().stream()
        .filter(s -> s.stage().sends())
        .map(s -> new SentReminder(s.stage(), s.day())).toList();
    List<Commitment> commitments = new ArrayList<>();
    List<CaseMessage> messages = new ArrayList<>();
    List<JournalLine> lines = new ArrayList<>();
    for (CaseJournal.Entry entry : journal) {
      lines.add(new JournalLine(entry.sequenceNr(), entry.time(), entry.type(), write(entry.data())));
      CaseEvent event = entry.data();
      LocalDate day = entry.time().atZone(zone).toLocalDate();
      if (event instanceof CaseEvent.PromiseRecorded p) {
        commitments.add(new Commitment(Commitment.Kind.PROMISE, day, p.promise().words(), false, List.of(),
            status(business.language(), "open")));
      } else if (event instanceof CaseEvent.PromiseKept || event instanceof CaseEvent.PromiseBroken) {
        settleLast(commitments, Commitment.Kind.PROMISE,
            status(business.language(), event instanceof CaseEvent.PromiseKept ? "kept" : "broken"));
      } else if (event instanceof CaseEvent.PlanAgreed p) {
        commitments.add(new Commitment(Commitment.Kind.PLAN, day, p.plan().words(), p.byOwner(), List.of(),
            status(business.language(), "open")));
      } else if (event instanceof CaseEvent.InstallmentMissed) {
        settleLast(commitments, Commitment.Kind.PLAN, status(business.language(), "broken"));
      } else if (event instanceof CaseEvent.PromiseWithdrawnByOwner) {
        settleLast(commitments, Commitment.Kind.PROMISE, status(business.language(), "struck_out"));
      } else if (event instanceof CaseEvent.PlanWithdrawnByOwner) {
        settleLast(commitments, Commitment.Kind.PLAN, status(business.language(), "struck_out"));
      } else if (event instanceof CaseEvent.PlanCorrectedByOwner p) {
        settleLast(commitments, Commitment.Kind.PLAN, status(business.language(), "replaced"));
        commitments.add(new Commitment(Commitment.Kind.PLAN, day, p.plan().words(), true, List.of(),
            status(business.language(), "open")));
      } else if (event instanceof CaseEvent.MessageRecorded m) {
        messages.add(new CaseMessage(m.at(), m.direction() == CaseEvent.Direction.IN
            ? CaseMessage.Direction.IN : CaseMessage.Direction.OUT, m.partyOrDebtor(), m.channel(), m.chatId(), m.text()));
      }
    }
    return new LetterCase(view.id(), business, view.debtor(), invoices, payments, reminders, commitments, lines,
        messages, null);
  }

  private static void settleLast(List<Commitment> commitments, Commitment.Kind kind, String status) {
    for (int i = commitments.size() - 1; i >= 0; i--) {
      Commitment c = commitments.get(i);
      if (c.kind() == kind) {
        commitments.set(i, new Commitment(c.kind(), c.recordedOn(), c.debtorWords(), c.ownerConfirmed(),
            c.invoiceNumbers(), status));
        return;
      }
    }
  }

  private static String status(Language language, String status) {
    if (language == Language.EN) {
      return switch (status) {
        case "struck_out" -> "struck out by the creditor";
        case "replaced" -> "replaced by a new schedule";
        default -> status;
      };
    }
    return switch (status) {
      case "kept" -> "tenue";
      case "broken" -> "non tenue";
      case "struck_out" -> "retirée par le créancier";
      case "replaced" -> "remplacée par un nouvel échéancier";
      default -> "en cours";
    };
  }

  private String write(Object data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a journal line: " + e.getMessage(), e);
    }
  }
}
