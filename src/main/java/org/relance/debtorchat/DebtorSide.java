package org.relance.debtorchat;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.relance.dialogue.DebtorDialogue;
import org.relance.dialogue.DebtorTexts;
import org.relance.invitations.Invitations;
import org.relance.messages.MessageTemplates;
import org.relance.metrics.Metrics;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerChats;
import org.relance.owner.OwnerNotices;
import org.relance.storage.Database;

import java.util.concurrent.Executor;

/**
 * Wires the debtor's side ({@code relance.debtor}): the channel-neutral {@link DebtorDialogue} (the
 * owner's notices written by {@link OwnerNotices}, for the owner's Telegram chats) and its Telegram
 * adapter, the router part; the e-mail and page adapters take {@link #dialogue()}.
 */
public final class DebtorSide {

  private final DebtorDialogue dialogue;
  private final DebtorRouter router;

  public DebtorSide(Config config, ActorSystem<?> system, Database database, MessageTemplates templates,
                    Executor blocking, Invitations invitations, OwnerCases cases) {
    OwnerNotices notices = new OwnerNotices(new OwnerChats(database.dataSource()), templates);
    this.dialogue = DebtorDialogue.create(config, database.dataSource(), templates, invitations, cases,
        new TelegramDialogue(notices), Metrics.get(system).readings(), blocking);
    this.router = new DebtorRouter(dialogue, invitations, new DebtorTexts(templates), blocking);
  }

  /**
   * Once Telegram is up: what the debtor is told in writing as their case is followed through
   * ({@link WrittenFollowUps}, {@code relance.debtor.written-follow-up-max-age}).
   */
  public static void connectFollowUps(Config config, ActorSystem<?> system, Database database, OwnerCases cases,
                                      MessageTemplates templates, WrittenFollowUps.Outbox outbox, Executor blocking,
                                      java.util.Optional<org.relance.email.DebtorEmails> emails) {
    WrittenFollowUps.init(system, database, config.getInt("relance.cases.tag-count"), cases, templates, outbox,
        config.getDuration("relance.debtor.written-follow-up-max-age"), blocking, emails);
  }

  public DebtorRouter router() {
    return router;
  }

  /** The dialogue every channel's adapter hands the debtor's turns to. */
  public DebtorDialogue dialogue() {
    return dialogue;
  }
}
