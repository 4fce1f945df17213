package org.relance.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import okhttp3.OkHttpClient;
import org.apache.pekko.Done;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.apache.pekko.http.javadsl.server.Directives;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.common.Language;
import org.relance.config.ClusterConfig;
import org.relance.messages.MessageTemplates;
import org.relance.metrics.Metrics;
import org.relance.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Wires the Telegram face into a running service: the outbox store, the sender, the intake with
 * its router, and the way updates arrive (long polling, or the webhook route). Without a token it
 * keeps only the outbox (messages wait there until a bot is connected) and says how to connect one.
 */
public final class TelegramModule {

  private static final Logger log = LoggerFactory.getLogger(TelegramModule.class);
  /** How long handled update ids are remembered (Telegram keeps an undelivered update 24 hours). */
  private static final Duration REMEMBER_UPDATES = Duration.ofDays(3);

  private final TelegramSettings settings;
  private final TelegramStore store;
  private final Executor blocking;
  private final ActorRef<TelegramSender.Command> sender;
  private final Route webhookRoute;
  private final String botUsername;
  private final TelegramClient client;
  /** Downloads the files users send (the Bot API client builds their address for api.telegram.org only). */
  private static final java.net.http.HttpClient FILES = java.net.http.HttpClient.newHttpClient();
  private final MessageTemplates templates;

  private TelegramModule(TelegramSettings settings, TelegramStore store, Executor blocking,
                         ActorRef<TelegramSender.Command> sender, Route webhookRoute, String botUsername,
                         TelegramClient client, MessageTemplates templates) {
    this.botUsername = botUsername;
    this.client = client;
    this.templates = templates;
    this.settings = settings;
    this.store = store;
    this.blocking = blocking;
    this.sender = sender;
    this.webhookRoute = webhookRoute;
  }

  /** Starts with the default answer to unknown chats ({@link WelcomeRouter}) and a logging journal. */
  public static TelegramModule start(ActorSystem<?> system, Config config, Database database) {
    MessageTemplates templates = MessageTemplates.load();
    return start(system, config, database, templates, new WelcomeRouter(templates), DeliveryJournal.logging());
  }

  /** Starts with the given router and delivery journal, and no documents to send. */
  public static TelegramModule start(ActorSystem<?> system, Config config, Database database,
                                     MessageTemplates templates, ChatRouter router, DeliveryJournal journal) {
    return start(system, config, database, templates, router, journal, DocumentSource.none());
  }

  /**
   * Starts with the given router, delivery journal and the source of the documents it sends; fails
   * loudly on a bad setting or an unreachable API.
   */
  public static TelegramModule start(ActorSystem<?> system, Config config, Database database,
                                     MessageTemplates templates, ChatRouter router, DeliveryJournal journal,
                                     DocumentSource documents) {
    TelegramSettings settings = TelegramSettings.from(config);
    Executor blocking = system.dispatchers().lookup(DispatcherSelector.fromConfig("relance-telegram-dispatcher"));
    TelegramStore store = new TelegramStore(database.dataSource(), new ObjectMapper(), Clock.systemUTC());
    if (!settings.hasToken()) {
      return new TelegramModule(settings, store, blocking, null, Directives.reject(),
          config.getString("relance.telegram.bot-username"), null, templates);
    }
    OkHttpClient http = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)   // a silent retry could send a message twice
        .callTimeout(settings.requestTimeout())
        .readTimeout(settings.requestTimeout())
        .build();
    TelegramClient client = new OkHttpTelegramClient(http, settings.token(), settings.telegramUrl());
    // The sender and the updates each run on one node of the cluster (singletons): nothing goes out
    // or comes in twice. The sender stops after its calls in flight when it hands over or the
    // service stops; the HTTP client is released once the actor system is gone.
    ActorRef<TelegramSender.Command> sender = ClusterSingleton.get(system).init(SingletonActor.of(
        TelegramSender.create(store, new BotApiCall(client, documents), journal, settings, blocking, Clock.systemUTC(),
            Metrics.get(system).messages(Metrics.TELEGRAM)),
        "telegram-sender").withStopMessage(TelegramSender.Stop.INSTANCE));
    store.forgetUpdatesOlderThan(REMEMBER_UPDATES);
    UpdateOffset offset = new UpdateOffset(settings.longPollTimeout());
    Behavior<UpdateIntake.Command> intake = UpdateIntake.create(store, router, templates, sender, offset, blocking);
    announceCommands(client, templates);
    boolean polling = settings.mode() == TelegramSettings.Mode.LONG_POLLING;
    ActorRef<UpdateIntake.Command> updates = UpdateDuty.init(system, intake, settings, offset, polling);
    Route webhook = Directives.reject();
    if (!polling) {
      String secret = webhookSecret(config, settings);
      setWebhook(client, settings, secret);
      webhook = new TelegramWebhook(settings.webhookPath(), secret, updates, system.scheduler(),
          settings.requestTimeout()).route();
    }
    CoordinatedShutdown.get(system).addTask(CoordinatedShutdown.PhaseServiceRequestsDone(), "telegram-drain-sender",
        () -> AskPattern.ask(sender, TelegramSender.Drain::new, settings.requestTimeout(), system.scheduler())
            .exceptionally(e -> Done.getInstance()));
    system.getWhenTerminated().thenRun(() -> release(http));
    return new TelegramModule(settings, store, blocking, sender, webhook, botUsername(config, client), client,
        templates);
  }

  /** The setting {@code relance.telegram.bot-username}, or else the bot's name as Telegram knows it (getMe). */
  private static String botUsername(Config config, TelegramClient client) {
    String configured = config.getString("relance.telegram.bot-username").trim();
    if (!configured.isEmpty()) {
      return configured;
    }
    try {
      return client.execute(new GetMe()).getUserName();
    } catch (TelegramApiException e) {
      log.warn("Could not ask Telegram for the bot's name (set relance.telegram.bot-username): {}", e.getMessage());
      return "";
    }
  }

  /**
   * The webhook's secret: the configured one, or a random one for this start. Several nodes must
   * share one (each tells Telegram the secret it checks), so a cluster needs it configured.
   */
  private static String webhookSecret(Config config, TelegramSettings settings) {
    if (!settings.webhookSecret().isBlank()) {
      return settings.webhookSecret();
    }
    if (!ClusterConfig.seedNodes(config).isEmpty()) {
      throw new IllegalArgumentException("Several nodes answer Telegram's webhook with one secret: set "
          + "relance.telegram.webhook.secret (RELANCE_TELEGRAM_WEBHOOK_SECRET) to the same value on every node.");
    }
    return randomSecret();
  }

  private static void setWebhook(TelegramClient client, TelegramSettings settings, String secret) {
    try {
      client.execute(SetWebhook.builder().url(settings.webhookUrl()).secretToken(secret).build());
    } catch (TelegramApiException e) {
      throw new IllegalStateException("Telegram refused the webhook " + settings.webhookUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The /start and /help menu in each language, and in English for everyone else; a failure only
   * costs the menu, so it is logged.
   */
  private static void announceCommands(TelegramClient client, MessageTemplates templates) {
    for (Language language : Language.values()) {
      announceCommands(client, templates, language, language.code());
    }
    announceCommands(client, templates, Language.EN, null);
  }

  private static void announceCommands(TelegramClient client, MessageTemplates templates, Language language,
                                       String languageCode) {
    try {
      client.execute(SetMyCommands.builder()
          .commands(commands(templates, language, List.of("start", "help")))
          .languageCode(languageCode)
          .build());
    } catch (TelegramApiException e) {
      log.warn("Could not set the bot's command menu ({}): {}", languageCode, e.getMessage());
    }
  }

  /** Each command with its description ({@code command.<name>.description}) in the language. */
  private static List<BotCommand> commands(MessageTemplates templates, Language language, List<String> names) {
    return names.stream()
        .map(name -> new BotCommand(name, templates.text(language, "command." + name + ".description"))).toList();
  }

  /**
   * Sets the command menu of one chat (an owner's, who has more commands than everyone else), off
   * the caller's thread; a failure only costs the menu, so it is logged. Without a bot: nothing.
   */
  public CompletionStage<Void> setChatCommands(String chatId, Language language, List<String> names) {
    if (client == null) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.runAsync(() -> {
      try {
        client.execute(SetMyCommands.builder().commands(commands(templates, language, names))
            .scope(BotCommandScopeChat.builder().chatId(chatId).build()).build());
      } catch (TelegramApiException e) {
        log.warn("Could not set the command menu of an owner's chat: {}", e.getMessage());
      }
    }, blocking);
  }

  static void release(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static String randomSecret() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Puts messages not answering an update (a reminder, a note to the owner) in the outbox, and wakes
   * the sender. Completes once they are safely stored.
   */
  public CompletionStage<Void> send(List<OutgoingMessage> messages) {
    return CompletableFuture.runAsync(() -> store.enqueue(messages), blocking)
        .thenRun(() -> {
          if (sender != null) {
            sender.tell(TelegramSender.Wake.INSTANCE);
          }
        });
  }

  /**
   * Like {@link #send}, once for {@code onceKey}: the key and the messages are stored together, so a
   * repeat (redelivered event, restart) stores nothing. Completes with whether they were stored now.
   */
  public CompletionStage<Boolean> sendOnce(String onceKey, List<OutgoingMessage> messages) {
    return CompletableFuture.supplyAsync(() -> store.enqueueOnce(onceKey, messages), blocking)
        .thenApply(stored -> {
          if (stored && sender != null) {
            sender.tell(TelegramSender.Wake.INSTANCE);
          }
          return stored;
        });
  }

  /**
   * The bytes of a file a user sent (getFile, then the file's download), on the blocking executor;
   * empty when Telegram says it is larger than {@code maxBytes} (nothing is downloaded then).
   */
  public CompletionStage<java.util.Optional<byte[]>> download(String fileId, long maxBytes) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        org.telegram.telegrambots.meta.api.objects.File file = client.execute(
            org.telegram.telegrambots.meta.api.methods.GetFile.builder().fileId(fileId).build());
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
          return java.util.Optional.<byte[]>empty();
        }
        org.telegram.telegrambots.meta.TelegramUrl api = settings.telegramUrl();
        java.net.URI uri = java.net.URI.create(api.getSchema() + "://" + api.getHost() + ":" + api.getPort()
            + "/file/bot" + settings.token() + "/" + file.getFilePath());
        java.net.http.HttpResponse<java.io.InputStream> response = FILES.send(java.net.http.HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout()).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
          throw new java.io.IOException("Telegram answered " + response.statusCode() + " to the file's download");
        }
        try (java.io.InputStream in = response.body()) {
          byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
          return bytes.length > maxBytes ? java.util.Optional.<byte[]>empty() : java.util.Optional.of(bytes);
        }
      } catch (org.telegram.telegrambots.meta.exceptions.TelegramApiException | java.io.IOException e) {
        throw new java.util.concurrent.CompletionException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.util.concurrent.CompletionException(e);
      }
    }, blocking);
  }

  /** The bot's username for {@code t.me} links; empty when neither set nor known from Telegram. */
  public String botUsername() {
    return botUsername;
  }

  /** The webhook route (rejects everything unless webhook mode is on): composed into the HTTP routes. */
  public Route webhookRoute() {
    return webhookRoute;
  }

  public TelegramStore store() {
    return store;
  }

  /** Lines for {@code run}'s start-up report. */
  public List<String> startupReport() {
    List<String> lines = new ArrayList<>();
    if (!settings.hasToken()) {
      lines.add("Telegram: no bot connected. To connect one: open Telegram, talk to @BotFather, send /newbot,");
      lines.add("  choose a name, copy the token it gives you, then restart with TELEGRAM_BOT_TOKEN=<token>");
      lines.add("  (or relance.telegram.token in application.conf). Messages wait in the outbox meanwhile.");
    } else if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
      lines.add("Telegram: webhook " + settings.webhookUrl() + " (served on /" + settings.webhookPath()
          + "), Bot API " + settings.apiUrl());
    } else {
      lines.add("Telegram: long polling " + settings.apiUrl());
    }
    return lines;
  }
}
