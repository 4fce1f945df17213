package org.relance.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The one place in the cluster where Telegram updates come in: a cluster singleton that holds the
 * {@link UpdateIntake} and, in long-polling mode, the poller feeding it. A webhook on any node
 * hands its update to the singleton, so each update is handled once, in arrival order, whichever
 * node Telegram reached; when the singleton's node goes, a survivor starts polling where the
 * recorded updates end.
 */
final class UpdateDuty {

  private static final Logger log = LoggerFactory.getLogger(UpdateDuty.class);

  private UpdateDuty() {}

  /** Starts the singleton (polling when {@code poll}); returns the reference every node sends updates to. */
  static ActorRef<UpdateIntake.Command> init(ActorSystem<?> system, Behavior<UpdateIntake.Command> intake,
                                             TelegramSettings settings, UpdateOffset offset, boolean poll) {
    Behavior<UpdateIntake.Command> duty = Behaviors.setup(context -> {
      ActorRef<UpdateIntake.Command> local = context.spawn(intake, "intake");
      Runnable stopPolling = poll ? startPolling(settings, offset, local) : () -> { };
      return Behaviors.receive(UpdateIntake.Command.class)
          .onMessage(UpdateIntake.Command.class, command -> {
            local.tell(command);
            return Behaviors.same();
          })
          .onSignal(PostStop.class, stopped -> {
            stopPolling.run();
            return Behaviors.same();
          })
          .build();
    });
    return ClusterSingleton.get(system).init(SingletonActor.of(duty, "telegram-updates"));
  }

  /** Starts polling; returns what stops it and frees its threads. */
  private static Runnable startPolling(TelegramSettings settings, UpdateOffset offset,
                                       ActorRef<UpdateIntake.Command> intake) {
    OkHttpClient pollingHttp = new OkHttpClient.Builder()
        .readTimeout(settings.longPollTimeout().plus(settings.requestTimeout()))
        .build();
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "telegram-poller");
      thread.setDaemon(true);
      return thread;
    });
    TelegramBotsLongPollingApplication application =
        new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollingHttp, () -> poller);
    try {
      application.registerBot(settings.token(), settings::telegramUrl, offset::next,
          updates -> updates.forEach(update -> intake.tell(new UpdateIntake.Received(update, null))));
    } catch (TelegramApiException e) {
      stop(application, poller, pollingHttp);
      throw new IllegalStateException("Cannot start polling the Telegram Bot API at " + settings.apiUrl()
          + " (check relance.telegram.token and api-url): " + e.getMessage(), e);
    }
    return () -> stop(application, poller, pollingHttp);
  }

  private static void stop(TelegramBotsLongPollingApplication application, ScheduledExecutorService poller,
                           OkHttpClient pollingHttp) {
    try {
      application.close();
    } catch (Exception e) {
      log.warn("Stopping the Telegram poller: {}", e.getMessage());
    }
    poller.shutdown();   // a poll in progress ends by itself within the long-poll timeout
    TelegramModule.release(pollingHttp);
  }
}
