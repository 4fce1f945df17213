package org.relance.outreach;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.jdbc.javadsl.JdbcHandler;
import org.relance.debtorcase.CaseEvent;
import org.relance.readside.CaseProjections;
import org.relance.storage.Database;
import org.relance.storage.PooledJdbcSession;


/**
 * Holds a debtor message each time a case reaches a rung whose {@link CaseEvent.StepReached}
 * says the debtor is told, or a plan's notice falls due (the reminder before an instalment, the
 * missed instalment: {@link PlanNote}), and keeps what the contact rules need of the case (time zones, law):
 * a projection over the case events, in the projection's own transaction (holding twice keeps
 * one message). {@link Outreach} sends or supersedes what it holds.
 */
public final class OutreachQueue extends JdbcHandler<EventEnvelope<CaseEvent>, PooledJdbcSession> {

  public static final String NAME = "outreach-queue";

  public static void init(ActorSystem<?> system, Database database, int tagCount) {
    CaseProjections.get(system).exactlyOnce(NAME, database, tagCount, OutreachQueue::new);
  }

  @Override
  public void process(PooledJdbcSession session, EventEnvelope<CaseEvent> envelope) throws Exception {
    String caseId = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
    CaseEvent event = envelope.event();
    if (event instanceof CaseEvent.CaseOpened opened) {
      session.withConnection(c -> {
        OutreachStore.caseOpened(c, caseId, opened.terms().zone(), opened.debtor().timezone(),
            opened.terms().jurisdiction());
        return null;
      });
    } else if (event instanceof CaseEvent.TermsUpdated updated) {
      session.withConnection(c -> {
        OutreachStore.termsUpdated(c, caseId, updated.terms().zone(), updated.terms().jurisdiction());
        return null;
      });
    } else if (event instanceof CaseEvent.StepReached step && step.debtorMessageDue()) {
      session.withConnection(c -> {
        OutreachStore.hold(c, caseId, step.stage(), step.at());
        return null;
      });
    } else {
      java.util.Optional<PlanNote> note = planNote(event);
      if (note.isPresent()) {
        session.withConnection(c -> {
          OutreachStore.holdNote(c, caseId, "plan." + envelope.sequenceNr(), note.get(), event.at());
          return null;
        });
      }
    }
  }

  /** The plan's notice to the debtor this event brings, if any. */
  private static java.util.Optional<PlanNote> planNote(CaseEvent event) {
    if (event instanceof CaseEvent.InstallmentReminderFellDue r) {
      return java.util.Optional.of(new PlanNote(PlanNote.Kind.REMINDER, r.index(), r.amount().amount(),
          r.amount().currency().getCurrencyCode(), r.dueOn(), null));
    }
    if (event instanceof CaseEvent.InstallmentMissed m && m.ladderResumesOn() != null) {
      return java.util.Optional.of(new PlanNote(PlanNote.Kind.MISSED, m.index(), m.amount().amount(),
          m.amount().currency().getCurrencyCode(), m.dueOn(), m.ladderResumesOn()));
    }
    return java.util.Optional.empty();
  }
}
