package org.relance.owner;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.relance.gateway.CaseGateway;
import org.relance.business.TermsRefresh;
import org.relance.invitations.Invitations;
import org.relance.letters.CaseLetters;
import org.relance.messages.MessageTemplates;
import org.relance.readside.CaseSummaries;
import org.relance.scheduling.AlarmTicker;
import org.relance.scheduling.TimeKeeper;
import org.relance.storage.Database;
import org.relance.telegram.TelegramModule;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wires the owner's side: the invitations (whose links need the bot's name, known once Telegram is
 * connected), the router part for the chat, and, once Telegram is up, the morning digest on the
 * service's clock ({@code relance.invitations}, {@code relance.owner}).
 */
public final class OwnerSide {

  private final Config config;
  private final ActorSystem<?> system;
  private final TimeKeeper time;
  private final Executor blocking;
  private final AtomicReference<String> botUsername = new AtomicReference<>("");
  private final Invitations invitations;
  private final OwnerChats chats;
  private final OwnerCases cases;
  private final OwnerTexts texts;
  private final OwnerRouter router;
  private final CaseLetters caseLetters;
  private final OwnerLetters letters;

  public OwnerSide(Config config, ActorSystem<?> system, Database database, MessageTemplates templates,
                   TimeKeeper time, CaseSummaries summaries, CaseGateway gateway, Executor blocking,
                   TermsRefresh terms, CaseLetters caseLetters, org.relance.stats.MoneyPictures pictures,
                   org.relance.stats.StatsTexts statsTexts) {
    this.config = config;
    this.caseLetters = caseLetters;
    this.system = system;
    this.time = time;
    this.blocking = blocking;
    this.invitations = new Invitations(database.dataSource(), time.clock(),
        config.getDuration("relance.invitations.lifetime"), botUsername::get);
    this.chats = new OwnerChats(database.dataSource());
    this.cases = new OwnerCases(system, gateway, summaries, time, blocking, terms);
    this.texts = new OwnerTexts(templates);
    this.letters = new OwnerLetters(cases, texts, caseLetters);
    java.time.Clock wall = java.time.Clock.systemUTC();
    org.relance.accounts.Accounts accounts = new org.relance.accounts.Accounts(database.dataSource(),
        new org.relance.accounts.PasswordHasher(), wall);
    WebSignIn web = new WebSignIn(accounts, new org.relance.accounts.SignInLinks(database.dataSource(), accounts, wall),
        config.getString("relance.http.public-url"), config.getDuration("relance.admin.link-validity"), blocking);
    this.router = new OwnerRouter(chats, invitations, cases, texts,
        new OwnerFlowStore(database.dataSource(), time.clock()), config.getInt("relance.owner.page-size"), blocking,
        web, letters, pictures, statsTexts, new OwnerStatements(texts, cases,
        new org.relance.dialogue.DebtorChats(database.dataSource()), new org.relance.outreach.ContactRules(
            org.relance.outreach.ContactRules.Settings.from(config.getConfig("relance.outreach"))), blocking));
  }

  /** The owner's view of the cases and the business, shared with the debtor's side. */
  public OwnerCases cases() {
    return cases;
  }

  public Invitations invitations() {
    return invitations;
  }

  public OwnerRouter router() {
    return router;
  }

  /** The commands of an owner's menu, set on their chat when it is bound. */
  static final List<String> OWNER_COMMANDS = List.of("today", "cases", "new", "paid", "pause", "stats", "statement",
      "profiles", "important", "settings", "web", "help");

  // --- letters in the owner's chat
  /**
   * Where the Telegram sender reads the letters it sends as documents: the stored letters of the ladder,
   * and the declarations of claim and the statements of account, rendered when sent (waiting at most {@code timeout}).
   */
  public static org.relance.telegram.DocumentSource letterDocuments(org.relance.letters.store.LetterStore store,
                                                                    org.relance.letters.CaseLetters letters,
                                                                    java.time.Duration timeout) {
    org.relance.telegram.DocumentSource stored = OwnerLetters.documents(store);
    return stored.or(OwnerProceedings.documents(letters, timeout)).or(OwnerStatements.documents(letters, timeout));
  }

  /**
   * Once Telegram is up: each issued letter to the owners' chats ({@link LetterCourier}) and the
   * limitation warnings on the service's clock ({@link LimitationWatch}).
   */
  public void connectLetters(TelegramModule telegram, Database database) {
    LetterCourier.init(system, database, config.getInt("relance.cases.tag-count"),
        (caseId, stage) -> letters.deliver(caseId, stage, chats, blocking, telegram::sendOnce), time.clock(),
        config.getDuration("relance.letters.owner-chat-max-age"));
    LimitationWatch watch = new LimitationWatch(chats, cases, texts, caseLetters, telegram::sendOnce, blocking);
    if (time.isSimulated()) {
      time.addAlarm(watch);
    } else {
      AlarmTicker.start(system, "The limitation warnings", watch, time.clock(),
          config.getDuration("relance.owner.digest-check-interval"), OwnerDigest.LOOK_BACK, blocking);
    }
  }

  /** Once Telegram and the imports are up: files sent in the owner's chat are imported ({@link OwnerImports}). */
  public void connectImports(TelegramModule telegram, org.relance.imports.FileImports files) {
    router.connectImports(new OwnerImports.Connected(files, telegram::download, telegram::send));
  }

  /** Once Telegram is up: the bot's name for links, the owners' menu, and the digest on the clock. */
  public void connect(TelegramModule telegram) {
    botUsername.set(telegram.botUsername());
    chats.onBound(binding -> cases.profile(binding.businessId()).thenAccept(profile -> profile.ifPresent(p ->
        telegram.setChatCommands(binding.chatId(), p.language(), OWNER_COMMANDS))));
    OwnerDigest digest = new OwnerDigest(chats, cases, texts, telegram::send, blocking, time.clock());
    if (time.isSimulated()) {
      time.addAlarm(digest);
    } else {
      AlarmTicker.start(system, "The owners' digest", digest, time.clock(),
          config.getDuration("relance.owner.digest-check-interval"), OwnerDigest.LOOK_BACK, blocking);
    }
  }
}
