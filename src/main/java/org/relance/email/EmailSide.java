package org.relance.email;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.http.javadsl.server.Directives;
import org.relance.debtorpage.DebtorPageLinks;
import org.relance.dialogue.DebtorDialogue;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.gateway.CaseGateway;
import org.relance.letters.store.LetterStore;
import org.relance.messages.MessageTemplates;
import org.relance.owner.OwnerChats;
import org.relance.storage.Database;
import org.relance.telegram.TelegramModule;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Wires e-mail ({@code relance.email}): with an SMTP host, the debtor's e-mail channel that outreach
 * writes through, the unsubscribe and inbound routes, and the IMAP poller when a mailbox is set, replies
 * read by the debtor dialogue; without one, none of them, and the start-up report says how to switch
 * e-mail on.
 */
public final class EmailSide {

  private final EmailSettings settings;
  private final Optional<DebtorEmails> channel;
  private final Route route;
  private final String imapHost;

  private EmailSide(EmailSettings settings, Optional<DebtorEmails> channel, Route route, String imapHost) {
    this.imapHost = imapHost;
    this.settings = settings;
    this.channel = channel;
    this.route = route;
  }

  public static EmailSide start(Config config, ActorSystem<?> system, Database database, MessageTemplates templates,
                                Clock clock, TelegramModule telegram, CaseGateway cases, LetterStore letters,
                                DebtorDialogue dialogue, DebtorPageLinks pageLinks, String adminToken,
                                Executor blocking) {
    EmailSettings settings = EmailSettings.from(config);
    if (!settings.enabled()) {
      return new EmailSide(settings, Optional.empty(), Directives.reject(), "");
    }
    EmailTokens tokens = new EmailTokens(settings.secret());
    EmailTexts texts = new EmailTexts(templates);
    SmtpMailer mailer = new SmtpMailer(settings);
    EmailStore store = new EmailStore(database.dataSource(), clock);
    DebtorEmails channel = new DebtorEmails(settings, tokens, new EmailComposer(mailer.session(), settings.from(), clock),
        mailer, store, texts, letters, new OwnerChats(database.dataSource()), telegram::send, cases,
        pageLinks::printableUrlFor, blocking);
    InboundEmails inbound = new InboundEmails(store, tokens, channel, cases, blocking,
        new EmailDialogue(dialogue, channel, texts, cases, telegram::sendOnce, pageLinks, blocking)::read);
    ImapPoller.Settings imap = ImapPoller.Settings.from(config.getConfig("relance.email.imap"));
    if (imap.enabled()) {
      new ImapPoller(imap, inbound::handle).start(system, blocking);
    }
    return new EmailSide(settings, Optional.of(channel), Directives.concat(
        new UnsubscribeRoutes(tokens, cases, texts).route(), new InboundRoute(adminToken, inbound).route()), imap.host());
  }

  /** The debtor's e-mail channel, when e-mail is on. */
  public Optional<DebtorEmails> channel() {
    return channel;
  }

  /** The unsubscribe link's route (rejects everything when e-mail is off). */
  public Route route() {
    return route;
  }

  /** Lines for {@code run}'s start-up report. */
  public List<String> startupReport() {
    return settings.enabled()
        ? List.of("E-mail: SMTP " + settings.host() + ":" + settings.port() + ", from " + settings.from() + "; replies "
            + (imapHost.isEmpty() ? "by POST /api/email/inbound only (no relance.email.imap.host)"
            : "read from IMAP " + imapHost))
        : List.of("E-mail: off (no SMTP server). To write to debtors by e-mail, set RELANCE_EMAIL_SMTP_HOST,",
            "  relance.email.from and RELANCE_EMAIL_SECRET (debtors without a chat are written to by the owner meanwhile).");
  }
}
