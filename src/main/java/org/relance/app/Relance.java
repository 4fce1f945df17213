package org.relance.app;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.relance.accounts.Accounts;
import org.relance.accounts.FirstAdminLinks;
import org.relance.accounts.PasswordHasher;
import org.relance.admin.AdminRoutes;
import org.relance.api.ApiRoutes;
import org.relance.backup.BackupRoute;
import org.relance.backup.H2Backup;
import org.relance.business.Business;
import org.relance.business.TermsRefresh;
import org.relance.business.TermsRefreshStore;
import org.relance.cluster.ClusterHealth;
import org.relance.config.ClusterConfig;
import org.relance.config.DatabaseConfig;
import org.relance.debtorcase.DebtorCase;
import org.relance.debtorcase.CaseJournal;
import org.relance.gateway.CaseGateway;
import org.relance.http.HealthRoute;
import org.relance.http.HttpRoutes;
import org.relance.letters.CaseLetters;
import org.relance.letters.LetterCases;
import org.relance.letters.LetterIssuer;
import org.relance.letters.Letters;
import org.relance.letters.store.LetterStore;
import org.apache.pekko.serialization.jackson.JacksonObjectMapperProvider;
import java.util.Optional;
import org.relance.ladder.LadderSettings;
import org.relance.logging.LogFormat;
import org.relance.metrics.Metrics;
import org.relance.metrics.MetricsRoute;
import org.relance.metrics.RequestTimer;
import org.relance.metrics.StoredGauges;
import org.relance.privacy.CaseKeys;
import org.relance.privacy.CaseSeal;
import org.relance.privacy.PersonalData;
import org.relance.privacy.Retention;
import org.relance.owner.OwnerChats;
import org.relance.scheduling.AlarmTicker;
import org.relance.privacy.Suppression;
import org.relance.readside.CaseProjections;
import org.relance.readside.CaseReadSide;
import org.relance.readside.ParkedEvents;
import org.relance.readside.ReadSideHealth;
import org.relance.readside.CaseSummaries;
import org.relance.readside.CaseWakeups;
import org.relance.readside.ReadSideProgress;
import org.relance.scheduling.Ticker;
import org.relance.scheduling.TimeKeeper;
import org.relance.storage.Database;
import org.relance.storage.H2Housekeeping;
import org.relance.storage.SchemaMigration;
import org.relance.outreach.OutreachQueue;
import org.relance.outreach.OutreachSide;
import org.relance.email.EmailSide;
import org.relance.owner.OwnerSide;
import org.relance.debtorchat.DebtorSide;
import org.relance.dialogue.DebtorDialogue;
import org.relance.telegram.CaseDeliveryJournal;
import org.relance.telegram.CompositeRouter;
import org.relance.telegram.TelegramModule;
import org.relance.messages.MessageTemplates;
import org.relance.telegram.TextOnlyNote;
import org.relance.telegram.WelcomeRouter;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import scala.concurrent.ExecutionContextExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The running service: wires storage, the entities, the read sides, the clock and the faces
 * (HTTP API, admin page, Telegram) into one actor system. {@code run} and the tests start it the
 * same way, with their own configuration.
 */
public final class Relance {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Relance.class);

  private final ActorSystem<Void> system;
  private final Database database;
  private final ServerBinding binding;
  private final String adminToken;
  private final boolean adminTokenGenerated;
  private final TimeKeeper time;
  private final TermsRefresh terms;
  private final CaseGateway cases;
  private final TelegramModule telegram;
  private final Optional<FirstAdminLinks.Issued> firstAdminLink;
  private final EmailSide email;
  private final DebtorDialogue dialogue;
  private final org.relance.debtorpage.DebtorPage debtorPage;
  private final CaseLetters letters;

  private Relance(ActorSystem<Void> system, Database database, ServerBinding binding, String adminToken,
                  boolean adminTokenGenerated, TimeKeeper time, TelegramModule telegram, TermsRefresh terms,
                  CaseGateway cases, Optional<FirstAdminLinks.Issued> firstAdminLink, EmailSide email,
                  DebtorDialogue dialogue, org.relance.debtorpage.DebtorPage debtorPage, CaseLetters letters) {
    this.dialogue = dialogue;
    this.letters = letters;
    this.debtorPage = debtorPage;
    this.terms = terms;
    this.email = email;
    this.cases = cases;
    this.firstAdminLink = firstAdminLink;
    this.system = system;
    this.database = database;
    this.binding = binding;
    this.adminToken = adminToken;
    this.adminTokenGenerated = adminTokenGenerated;
    this.time = time;
    this.telegram = telegram;
  }

  /** Starts everything and returns once the HTTP port is bound; fails loudly on a bad setting. */
  public static Relance start(Config config) {
    LogFormat.apply(config.getString("relance.log.format"));
    Database database = Database.open(config);
    ActorSystem<Void> system = null;
    try {
      new SchemaMigration(database.dataSource(), database.kind()).migrate();
      system = ActorSystem.create(Behaviors.empty(), ClusterConfig.SYSTEM_NAME, config);
      joinClusterIfAlone(system, config);
      ExecutionContextExecutor blocking = system.dispatchers().lookup(DispatcherSelector.fromConfig("relance-blocking-dispatcher"));
      TimeKeeper time = TimeKeeper.start(config, database.dataSource(), blocking);
      if (database.kind() == DatabaseConfig.Kind.H2) {
        new H2Housekeeping(database.dataSource(), config.getInt("relance.db.h2-target-fill-rate"))
            .start(system, config.getDuration("relance.db.h2-compact-interval"), blocking);
      }
      int tagCount = config.getInt("relance.cases.tag-count");
      Duration askTimeout = config.getDuration("relance.cases.ask-timeout");
      CaseGateway cases = new CaseGateway(system, askTimeout, LadderSettings.from(config.getConfig("relance.ladder")),
          config.getInt("relance.cases.pass-parallelism"));

      Business.init(system, time.clock());
      CaseKeys keys = new CaseKeys(database.dataSource(), blocking, time.clock(),
          config.getInt("relance.privacy.key-cache-size"));
      CaseSeal seal = new CaseSeal(keys, config.getInt("pekko.persistence.typed.stash-capacity"));
      DebtorCase.init(system, time.clock(), tagCount, config.getInt("relance.cases.snapshot-every"), seal);
      CaseProjections.get(system).openWith(seal);
      CaseReadSide.init(system, database, tagCount);
      CaseJournal journal = new CaseJournal(system, seal);
      LetterStore letterStore = new LetterStore(database.dataSource(), time.clock());
      org.relance.debtorpage.DebtorPageLinks pageLinks = org.relance.debtorpage.DebtorPageLinks.fromConfig(config,
          database.dataSource(), time.clock());
      CaseLetters letters = new CaseLetters(system, cases, Letters.fromConfig(config), letterStore,
          new LetterCases(JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty())),
          journal, pageLinks::printableUrlFor, blocking, time.clock());
      LetterIssuer.init(system, database, letters, tagCount);
      Suppression suppression = new Suppression(database.dataSource(), time.clock());
      PersonalData personalData = new PersonalData(cases, database.dataSource(),
          JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty()), keys, journal,
          suppression, time.clock(), blocking, time::readSidesCaughtUp);
      OutreachSide.initQueue(system, database, tagCount);
      CaseWakeups wakeups = new CaseWakeups(database.dataSource());
      ReadSideProgress progress = new ReadSideProgress(database.dataSource(), blocking,
          List.of(CaseReadSide.NAME, LetterIssuer.NAME, OutreachQueue.NAME), DebtorCase.tags(tagCount));
      time.connect(new TimeKeeper.Moves(wakeups, cases, progress));
      if (time.isSimulated()) {
        // whatever fell due while the service was down is done once the read sides caught up, in the
        // background: start-up never waits for them (the next advance waits behind this one)
        time.advance(Duration.ZERO).exceptionally(e -> {
          log.warn("Catching up at start-up did not finish ({}); the next clock advance tries again", e.getMessage());
          return null;
        });
      } else {
        Ticker.init(system, time.clock(), wakeups, cases, blocking, config.getDuration("relance.clock.tick-interval"));
      }

      String configuredToken = config.getString("relance.admin.token");
      boolean generated = configuredToken.isBlank();
      String adminToken = generated ? randomToken() : configuredToken;
      CaseSummaries summaries = new CaseSummaries(database.dataSource());
      TermsRefresh terms = TermsRefresh.start(system, new TermsRefreshStore(database.dataSource()), cases,
          time::readSidesCaughtUp, time.clock(), config.getDuration("relance.clock.answer-within"), blocking);
      MessageTemplates templates = MessageTemplates.load();
      org.relance.stats.MoneyPictures pictures = new org.relance.stats.MoneyPictures(summaries,
          config.getInt("relance.stats.dso-period-days"));
      org.relance.stats.StatsTexts statsTexts = new org.relance.stats.StatsTexts(templates);
      org.relance.stats.StatsChart chart = new org.relance.stats.StatsChart(statsTexts);
      org.relance.stats.StatsDocuments charts = new org.relance.stats.StatsDocuments(pictures, chart);
      OwnerSide owners = new OwnerSide(config, system, database, templates, time, summaries, cases, blocking,
          terms, letters, pictures, statsTexts);
      DebtorSide debtors = new DebtorSide(config, system, database, templates, blocking,
          owners.invitations(), owners.cases());
      TelegramModule telegram = TelegramModule.start(system, config, database, templates,
          new TextOnlyNote(new CompositeRouter(List.of(owners.router(), debtors.router()), new WelcomeRouter(templates)),
              templates),
          new CaseDeliveryJournal(cases), OwnerSide.letterDocuments(letterStore, letters, askTimeout).or(charts)
              .or(new org.relance.payment.CasePayments(cases).documents(askTimeout)));
      owners.connect(telegram);
      EmailSide email = EmailSide.start(config, system, database, templates, time.clock(), telegram, cases, letterStore,
          debtors.dialogue(), pageLinks, adminToken, blocking);
      OutreachSide.connect(config, system, database, templates, time, telegram, cases, blocking, email.channel());
      owners.connectLetters(telegram, database);
      DebtorSide.connectFollowUps(config, system, database, owners.cases(), templates, telegram::sendOnce, blocking,
          email.channel());
      Retention retention = new Retention(database.dataSource(),
          JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty()), personalData,
          Retention.years(config.getString("relance.retention.closed-case-years")), templates,
          new OwnerChats(database.dataSource())::chatsOf, telegram::sendOnce, blocking);
      if (time.isSimulated()) {
        time.addAlarm(retention);
      } else {
        AlarmTicker.start(system, "Personal data retention", retention, time.clock(),
            config.getDuration("relance.retention.check-interval"), Duration.ofDays(1), blocking);
      }
      org.relance.imports.FileImports fileImports = new org.relance.imports.FileImports(new org.relance.imports.Imports(
          config, system, cases, new org.relance.imports.ImportStore(database.dataSource()), time.clock(), blocking),
          new org.relance.imports.InvoicePdfs(database.dataSource(), time.clock()));
      owners.connectImports(telegram, fileImports);
      AdminRoutes admin = AdminRoutes.create(config.getConfig("relance.admin"), config.getString("relance.http.public-url"),
          adminToken, database.dataSource(), system, cases, summaries, journal, letters, time.clock(), blocking,
          personalData, pictures, chart, fileImports);
      org.relance.debtorpage.DebtorPage debtorPage = org.relance.debtorpage.DebtorPage.create(config, pageLinks,
          new org.relance.debtorpage.DebtorPage.Parts(adminToken, database.dataSource(), cases, debtors.dialogue(),
              journal, letterStore, templates, time.clock(), blocking, telegram::sendOnce));
      ReadSideHealth health = new ReadSideHealth(CaseProjections.get(system), progress,
          new ParkedEvents(database.dataSource()), config.getLong("relance.read-side.max-healthy-lag"), blocking);
      watch(system, summaries, telegram, health, config.getDuration("relance.metrics.refresh-interval"), blocking);
      HttpRoutes routes = new HttpRoutes(List.of(new HealthRoute(health, new ClusterHealth(system)).route(),
          new MetricsRoute(Metrics.get(system).registry(), config.getString("relance.metrics.token")).route(),
          new ApiRoutes(adminToken, cases, summaries, journal, letters, time, blocking,
              owners.invitations(), config.getDuration("relance.clock.answer-within"), terms, personalData).route(),
          new org.relance.imports.ImportRoutes(adminToken, fileImports.imports(), fileImports, blocking).route(),
          new BackupRoute(adminToken, new H2Backup(database.dataSource(), blocking), database.kind(), Clock.systemUTC(),
              config.getDuration("relance.backup.answer-within")).route(),
          admin.route(), debtorPage.route(), telegram.webhookRoute(), email.route()),
          config.getBytes("relance.http.max-body-size"));
      ServerBinding binding = Http.get(system)
          .newServerAt(config.getString("relance.http.host"), config.getInt("relance.http.port"))
          .bind(new RequestTimer(Metrics.get(system).registry()).around(routes.all()))
          .toCompletableFuture()
          .join();
      Optional<FirstAdminLinks.Issued> firstAdmin = new FirstAdminLinks(database.dataSource(),
          new Accounts(database.dataSource(), new PasswordHasher(), Clock.systemUTC()), Clock.systemUTC())
          .issueIfNoAccount(config.getDuration("relance.admin.first-admin-link-validity"));
      return new Relance(system, database, binding, adminToken, generated, time, telegram, terms, cases, firstAdmin,
          email, debtors.dialogue(), debtorPage, letters);
    } catch (RuntimeException e) {
      if (system != null) {
        system.terminate();
        system.getWhenTerminated().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).exceptionally(x -> null).join();
      }
      database.close();
      throw e;
    }
  }

  /** Starts the gauges read from the database: cases per stage and status, the outbox, the read sides. */
  private static void watch(ActorSystem<?> system, CaseSummaries summaries, TelegramModule telegram,
                            ReadSideHealth health, Duration every, ExecutionContextExecutor blocking) {
    StoredGauges.start(system, new StoredGauges.Sources(
        () -> summaries.countsByStageAndStatus().stream()
            .map(c -> new StoredGauges.CaseCount(c.stage(), c.status(), c.count())).toList(),
        telegram.store()::depth,
        () -> health.report().readSides().entrySet().stream()
            .map(r -> new StoredGauges.ReadSideCount(r.getKey(), r.getValue().lag(), r.getValue().parked())).toList()),
        every, blocking);
  }

  /** A single node with no seed nodes configured forms a cluster of one. */
  private static void joinClusterIfAlone(ActorSystem<?> system, Config config) {
    if (config.getStringList("pekko.cluster.seed-nodes").isEmpty()) {
      Cluster cluster = Cluster.get(system);
      cluster.manager().tell(Join.create(cluster.selfMember().address()));
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The lines {@code run} prints once started: where to reach the service and what is missing. */
  public List<String> startupReport() {
    List<String> lines = new ArrayList<>();
    lines.add("Relance is running on http://localhost:" + httpPort() + " (health: /health/ready, metrics: /metrics, API: /api)");
    lines.add("Clock: " + (time.isSimulated() ? "simulated, now " + time.clock().instant() : "system"));
    lines.add("Admin page: http://localhost:" + httpPort() + "/");
    firstAdminLink.ifPresent(link -> lines.add("No account yet: create the first admin at http://localhost:" + httpPort()
        + firstAdminPath() + " (works once, until " + link.expiresAt() + "; a restart prints a new one)"));
    if (adminTokenGenerated) {
      lines.add("Admin API token for this start (set relance.admin.token / RELANCE_ADMIN_TOKEN to keep one): "
          + adminToken);
    }
    lines.addAll(telegram.startupReport());
    lines.addAll(email.startupReport());
    lines.add(letters.startupReport());
    return lines;
  }

  /** The path of the first admin's link printed at this start, or "" when accounts existed already. */
  public String firstAdminPath() {
    return firstAdminLink.map(link -> "/signin/first-admin/" + link.token()).orElse("");
  }

  public int httpPort() {
    return binding.localAddress().getPort();
  }

  public String adminToken() {
    return adminToken;
  }

  public ActorSystem<Void> system() {
    return system;
  }

  public TelegramModule telegram() {
    return telegram;
  }

  /** The service's own pooled database (migrations, read sides, accounts). */
  public javax.sql.DataSource dataSource() {
    return database.dataSource();
  }

  public TimeKeeper time() {
    return time;
  }

  /** How a business's change reaches its open cases. */
  /** The way to the cases and businesses, as every face of the service reaches them. */
  public CaseGateway cases() {
    return cases;
  }

  /** The debtor page: each case's link ({@code debtorPage().links().urlFor(caseId)}) and its routes. */
  public org.relance.debtorpage.DebtorPage debtorPage() {
    return debtorPage;
  }

  /** The debtor's dialogue every channel's adapter hands the debtor's turns to. */
  public DebtorDialogue debtorDialogue() {
    return dialogue;
  }

  public TermsRefresh termsRefresh() {
    return terms;
  }

  /** Unbinds HTTP, stops the actor system and closes the database, in that order. */
  public void stop() {
    binding.unbind().toCompletableFuture().join();
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
    database.close();
  }
}
