package org.relance.debtorcase;

import org.relance.common.PostalAddress;
import org.relance.debtorcase.CaseEvent.*;

import java.util.function.UnaryOperator;

/**
 * Which fields of the journal and the case file are the debtor's personal data, and a way to
 * rewrite all of them at once (seal, open, erase) while leaving amounts, dates, stages and the
 * sequence of events as they are. The personal fields: the debtor's name, SIREN, street, postcode,
 * town, e-mail and phone; the words of a promise, a plan, a claimed payment, a dispute, a delay
 * reason, a statement of proceedings or a call; a phone number corrected; the text, chat id and e-mail
 * address of every message and bounce. Pure.
 */
public final class PersonalFields {

  /** What an erased field reads as, wherever it is shown. */
  public static final String ERASED = "[données effacées · personal data erased]";

  private PersonalFields() {}

  /** The event with each personal field (not null) passed through {@code field}; others as they are. */
  public static CaseEvent map(CaseEvent event, UnaryOperator<String> field) {
    UnaryOperator<String> f = text -> text == null ? null : field.apply(text);
    if (event instanceof CaseOpened e) {
      return new CaseOpened(e.caseId(), e.terms(), debtor(e.debtor(), f), e.invoices(), e.priorReminders(), e.at());
    } else if (event instanceof MessageRecorded e) {
      return new MessageRecorded(e.direction(), e.channel(), f.apply(e.text()), e.at(), e.delivery(),
          e.deliveryDetail(), e.party(), f.apply(e.chatId()), f.apply(e.recipient()), e.messageId());
    } else if (event instanceof EmailBounced e) {
      return new EmailBounced(f.apply(e.recipient()), e.messageId(), e.detail(), e.at());
    } else if (event instanceof DelayReasonRecorded e) {
      return new DelayReasonRecorded(e.reason(), f.apply(e.words()), e.at());
    } else if (event instanceof PromiseRecorded e) {
      return new PromiseRecorded(promise(e.promise(), f));
    } else if (event instanceof PlanProposed e) {
      return new PlanProposed(plan(e.plan(), f), e.task());
    } else if (event instanceof PlanAgreed e) {
      return new PlanAgreed(plan(e.plan(), f), e.byOwner(), e.at(), e.byPhone());
    } else if (event instanceof PlanCorrectedByOwner e) {
      return new PlanCorrectedByOwner(plan(e.plan(), f), e.at());
    } else if (event instanceof PaymentClaimed e) {
      return new PaymentClaimed(claim(e.claim(), f), e.task());
    } else if (event instanceof DisputeOpened e) {
      return new DisputeOpened(dispute(e.dispute(), f), e.task());
    } else if (event instanceof CallLogged e) {
      return new CallLogged(e.taskId(), e.outcome(), e.retryOn(), e.at(), f.apply(e.note()), e.settledOnPhone());
    } else if (event instanceof DebtorPhoneCorrected e) {
      return new DebtorPhoneCorrected(f.apply(e.phone()), e.at());
    } else if (event instanceof ProceedingsRecorded e) {
      return new ProceedingsRecorded(proceedings(e.proceedings(), f), e.task(), e.at());
    }
    return event;
  }

  /** The case file with each personal field (not null) passed through {@code field}. */
  public static CaseFile map(CaseFile c, UnaryOperator<String> field) {
    UnaryOperator<String> f = text -> text == null ? null : field.apply(text);
    return new CaseFile(c.caseId(), c.terms(), debtor(c.debtor(), f), c.invoices(), c.payments(), c.openedAt(),
        c.stage(), c.lastSendingDay(), c.steps(), promise(c.promise(), f), plan(c.plan(), f),
        plan(c.planProposal(), f), claim(c.claimedPayment(), f), dispute(c.dispute(), f), c.ownerPaused(),
        c.pausedUntil(), c.contactStop(), c.delayReasons().stream()
            .map(r -> new ReasonRecord(r.reason(), f.apply(r.words()), r.at())).toList(),
        c.tasks(), c.taskCounter(), c.closure(), c.closedAt(), c.counts(), c.idempotencyKeys(), c.issuedLetters(),
        proceedings(c.proceedings(), f), c.course(), c.important(), c.phoneWrong(),
        c.missedInstallmentNoticeUntil());
  }

  /** The case file once its personal data is erased. */
  static CaseFile erased(CaseFile file) {
    return map(file, text -> ERASED);
  }

  private static Debtor debtor(Debtor d, UnaryOperator<String> f) {
    PostalAddress a = d.address();
    PostalAddress address = a == null ? null
        : new PostalAddress(f.apply(a.street()), f.apply(a.postcode()), f.apply(a.city()), a.country());
    return new Debtor(f.apply(d.name()), d.type(), d.legalForm(), f.apply(d.siren()), address, f.apply(d.email()),
        f.apply(d.phone()), d.language(), d.timezone());
  }

  private static Promise promise(Promise p, UnaryOperator<String> f) {
    return p == null ? null
        : new Promise(p.date(), p.amount(), p.method(), f.apply(p.words()), p.recordedAt(), p.followUpAskedAt(),
            p.takenBy());
  }

  private static Plan plan(Plan p, UnaryOperator<String> f) {
    return p == null ? null : new Plan(p.installments(), f.apply(p.words()), p.agreed(), p.recordedAt());
  }

  private static ClaimedPayment claim(ClaimedPayment c, UnaryOperator<String> f) {
    return c == null ? null : new ClaimedPayment(c.date(), c.method(), f.apply(c.words()), c.claimedAt());
  }

  private static Dispute dispute(Dispute d, UnaryOperator<String> f) {
    return d == null ? null : new Dispute(f.apply(d.reason()), d.openedAt());
  }

  private static Proceedings proceedings(Proceedings p, UnaryOperator<String> f) {
    return p == null ? null
        : new Proceedings(p.kind(), p.judgmentDate(), p.statedBy(), f.apply(p.words()), p.recordedAt());
  }
}
