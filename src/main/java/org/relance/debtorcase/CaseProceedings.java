package org.relance.debtorcase;

import org.relance.debtorcase.CaseCommand.RecordProceedings;
import org.relance.debtorcase.CaseDecisions.Decision;
import org.relance.debtorcase.CaseEvent.ProceedingsLifted;
import org.relance.debtorcase.CaseEvent.ProceedingsRecorded;
import org.relance.debtorcase.CaseEvent.TaskDone;
import org.relance.debtorcase.CaseReply.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What collective proceedings mean for a case (DOMAIN.md): recorded, they hold the ladder and end
 * any promise or plan, whose open tasks are settled, since paying a debt from before the opening
 * judgment is forbidden (Code de commerce L622-7) and a consumer's admissible file suspends
 * enforcement (Code de la consommation L722-2); the owner, told at once by the faces, gets a task to
 * declare the claim that falls due {@code claim-declaration-reminder-days} before the deadline (today
 * if that day has passed): the morning digest then reminds them. Recorded again (a conversion to liquidation, a judgment date learnt), they replace the
 * first record and keep the task. Lifted by the owner, the task goes and the ladder resumes. Pure.
 */
final class CaseProceedings {

  /** The tasks that have no object once the debtor may no longer pay. */
  private static final Set<OwnerTask.Kind> ENDED_BY_PROCEEDINGS = Set.of(OwnerTask.Kind.ASK_PROMISE_PAID,
      OwnerTask.Kind.DECIDE_PLAN, OwnerTask.Kind.ASK_INSTALLMENT_PAID);

  private CaseProceedings() {}

  static Decision record(CaseFile f, RecordProceedings c, Instant now) {
    if (c.kind() == null || c.statedBy() == null) {
      return Decision.refuse(Refusal.INVALID, "kind and statedBy are required");
    }
    List<CaseEvent> events = new ArrayList<>();
    f.openTasks().stream().filter(t -> ENDED_BY_PROCEEDINGS.contains(t.kind()))
        .forEach(t -> events.add(new TaskDone(t.id(), now)));
    Proceedings proceedings = new Proceedings(c.kind(), c.judgmentDate(), c.statedBy(), c.words(), now);
    LocalDate today = CaseRules.today(f, now);
    LocalDate remindOn = proceedings.declarationDeadline(f.terms().zone())
        .minusDays(f.terms().ladder().claimDeclarationReminderDays());
    OwnerTask declare = f.openTask(OwnerTask.Kind.DECLARE_CLAIM).isPresent() ? null
        : CaseRules.newTask(f, OwnerTask.Kind.DECLARE_CLAIM, null, now, remindOn.isAfter(today) ? remindOn : today);
    events.add(new ProceedingsRecorded(proceedings, declare, now));
    return Decision.accept(events);
  }

  static Decision lift(CaseFile f, Instant now) {
    if (f.proceedings() == null) {
      return Decision.refuse(Refusal.CONFLICT, "no collective proceedings are recorded on this case");
    }
    return Decision.accept(CaseDecisions.withTaskDone(f, OwnerTask.Kind.DECLARE_CLAIM, now, new ProceedingsLifted(now)));
  }

  /** The refusal of a payment commitment while the debtor is under collective proceedings. */
  static Decision noPayment(String what) {
    return Decision.refuse(Refusal.CONFLICT, "the debtor is under collective proceedings: " + what
        + " cannot be recorded (a debt from before the opening judgment may not be paid; the claim is declared"
        + " to the mandataire judiciaire)");
  }
}
