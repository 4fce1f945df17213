package org.relance.outreach;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.relance.gateway.CaseGateway;
import org.relance.dialogue.DebtorChats;
import org.relance.privacy.Suppression;
import org.relance.owner.OwnerChats;
import org.relance.messages.MessageTemplates;
import org.relance.scheduling.AlarmTicker;
import org.relance.scheduling.TimeKeeper;
import org.relance.storage.Database;
import org.relance.telegram.TelegramModule;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Wires outreach ({@code relance.outreach}): the queue that holds each rung's debtor message (a
 * projection, started with the read sides), and, once Telegram (and e-mail, when on) is up, the sender on the service's
 * clock (an alarm of the simulated clock, or rung by an {@link AlarmTicker} on the system clock).
 */
public final class OutreachSide {

  private OutreachSide() {}

  /** Starts the queue; its name goes with the read sides the clock waits for ({@link OutreachQueue#NAME}). */
  public static void initQueue(ActorSystem<?> system, Database database, int tagCount) {
    OutreachQueue.init(system, database, tagCount);
  }

  /** Starts sending the held messages through Telegram when the contact rules allow. */
  public static void connect(Config config, ActorSystem<?> system, Database database, MessageTemplates templates,
                             TimeKeeper time, TelegramModule telegram, CaseGateway cases, Executor blocking,
                             java.util.Optional<org.relance.email.DebtorEmails> email) {
    Config settings = config.getConfig("relance.outreach");
    Outreach outreach = new Outreach(new OutreachStore(database.dataSource()), new DebtorChats(database.dataSource()),
        new Suppression(database.dataSource(), time.clock()), new OwnerChats(database.dataSource()),
        new ContactRules(ContactRules.Settings.from(settings)), new OutreachTexts(templates), telegram::send, cases,
        time.clock(), blocking, email);
    if (time.isSimulated()) {
      time.addAlarm(outreach);
    } else {
      AlarmTicker.start(system, "Debtor outreach", outreach, time.clock(), settings.getDuration("check-interval"),
          java.time.Duration.ZERO, blocking);
    }
  }
}
