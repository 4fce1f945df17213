package org.relance.owner;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.relance.business.TermsRefresh;
import org.relance.invitations.Invitations;
import org.relance.ladder.LadderSettings;
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

  public OwnerSide(Config config, ActorSystem<?> system, Database database, MessageTemplates templates,
                   TimeKeeper time, CaseSummaries summaries, Duration askTimeout, Executor blocking,
                   TermsRefresh terms) {
    this.config = config;
    this.system = system;
    this.time = time;
    this.blocking = blocking;
    this.invitations = new Invitations(database.dataSource(), time.clock(),
        config.getDuration("relance.invitations.lifetime"), botUsername::get);
    this.chats = new OwnerChats(database.dataSource());
    this.cases = new OwnerCases(system, askTimeout, summaries, time, blocking,
        LadderSettings.from(config.getConfig("relance.ladder")), terms);
    this.texts = new OwnerTexts(templates);
    java.time.Clock wall = java.time.Clock.systemUTC();
    org.relance.accounts.Accounts accounts = new org.relance.accounts.Accounts(database.dataSource(),
        new org.relance.accounts.PasswordHasher(), wall);
    WebSignIn web = new WebSignIn(accounts, new org.relance.accounts.SignInLinks(database.dataSource(), accounts, wall),
        config.getString("relance.http.public-url"), config.getDuration("relance.admin.link-validity"), blocking);
    this.router = new OwnerRouter(chats, invitations, cases, texts,
        new OwnerFlowStore(database.dataSource(), time.clock()), config.getInt("relance.owner.page-size"), blocking,
        web);
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
  static final List<String> OWNER_COMMANDS = List.of("today", "cases", "new", "paid", "pause", "settings", "web", "help");

  // --- letters in the owner's chat
  /**
   * Where the Telegram sender reads the letters it sends as documents: the stored letters of the ladder,
   * and the declarations of claim, rendered when sent (waiting at most {@code timeout}).
   */
  public static org.relance.telegram.DocumentSource letterDocuments(org.relance.letters.store.LetterStore store,
                                                                    org.relance.letters.CaseLetters letters,
                                                                    java.time.Duration timeout) {
    org.relance.telegram.DocumentSource stored = OwnerLetters.documents(store);
    org.relance.telegram.DocumentSource declarations = OwnerProceedings.documents(letters, timeout);
    return reference -> stored.read(reference).or(() -> declarations.read(reference));
  }

  /**
   * Once Telegram is up: each issued letter to the owners' chats ({@link LetterCourier}) and the
   * limitation warnings on the service's clock ({@link LimitationWatch}).
   */
  public void connectLetters(TelegramModule telegram, org.relance.letters.CaseLetters letters, Database database) {
    OwnerLetters owned = new OwnerLetters(cases, texts);
    LetterCourier.init(system, database, config.getInt("relance.cases.tag-count"),
        (caseId, stage) -> owned.deliver(caseId, stage, chats, blocking, telegram::sendOnce), time.clock(),
        config.getDuration("relance.letters.owner-chat-max-age"));
    LimitationWatch watch = new LimitationWatch(chats, cases, texts, letters, telegram::sendOnce, blocking);
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
