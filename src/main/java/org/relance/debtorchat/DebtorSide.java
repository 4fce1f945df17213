package org.relance.debtorchat;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.relance.invitations.Invitations;
import org.relance.messages.MessageTemplates;
import org.relance.metrics.Metrics;
import org.relance.nlu.ReplyReader;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.intent.IntentClassifier;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerChats;
import org.relance.owner.OwnerNotices;
import org.relance.scheduling.TimeKeeper;
import org.relance.storage.Database;

import java.util.concurrent.Executor;

/**
 * Wires the debtor's side of the chat ({@code relance.debtor}): the router part, on the debtor
 * chats and conversations tables, the shipped NLU models, the owner chats for the immediate
 * notices, and the invitations the owner's side issues.
 */
public final class DebtorSide {

  private final DebtorRouter router;
  private final DebtorChats chats;

  public DebtorSide(Config config, ActorSystem<?> system, Database database, MessageTemplates templates,
                    TimeKeeper time, Executor blocking,
                    Invitations invitations, OwnerCases cases) {
    Config debtor = config.getConfig("relance.debtor");
    FactExtractor facts = new FactExtractor();
    ReplyReader reader = new ReplyReader(IntentClassifier.shipped(config), facts);
    DebtorTexts texts = new DebtorTexts(templates);
    OwnerNotices notices = new OwnerNotices(new OwnerChats(database.dataSource()), templates);
    this.chats = new DebtorChats(database.dataSource());
    DebtorReplies replies = new DebtorReplies(cases, reader, facts, texts, notices,
        new PlanProposals(debtor.getInt("plan-first-payment-days")), ReadingProposals.from(debtor.getConfig("reading")),
        debtor.getDuration("same-recap-quiet"), blocking, Metrics.get(system).readings());
    this.router = new DebtorRouter(chats, new DebtorConversations(database.dataSource()), invitations, cases, texts,
        replies, notices, debtor.getInt("verification-tries"), blocking);
  }

  /**
   * Once Telegram is up: what the debtor is told in writing as their case is followed through
   * ({@link WrittenFollowUps}, {@code relance.debtor.written-follow-up-max-age}).
   */
  public static void connectFollowUps(Config config, ActorSystem<?> system, Database database, OwnerCases cases,
                                      MessageTemplates templates, WrittenFollowUps.Outbox outbox, Executor blocking) {
    WrittenFollowUps.init(system, database, config.getInt("relance.cases.tag-count"), cases, templates, outbox,
        config.getDuration("relance.debtor.written-follow-up-max-age"), blocking);
  }

  public DebtorRouter router() {
    return router;
  }

  /** The chats bound to debtor cases (the outreach reads them). */
  public DebtorChats chats() {
    return chats;
  }
}
