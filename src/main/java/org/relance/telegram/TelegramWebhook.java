package org.relance.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.unmarshalling.Unmarshaller;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The webhook route: {@code POST /<path>} with Telegram's {@code X-Telegram-Bot-Api-Secret-Token}
 * header. Without the header or with a wrong secret: 401 and nothing is read. A valid update is
 * answered 200 once the intake has recorded (or recognised) it; if that takes too long, 503, and
 * Telegram delivers it again (the intake ignores a repeat).
 */
final class TelegramWebhook extends AllDirectives {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private final String path;
  private final byte[] secret;
  private final ActorRef<UpdateIntake.Command> intake;
  private final Scheduler scheduler;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();

  TelegramWebhook(String path, String secret, ActorRef<UpdateIntake.Command> intake, Scheduler scheduler,
                  Duration timeout) {
    this.path = path.replaceAll("^/+|/+$", "");
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.intake = intake;
    this.scheduler = scheduler;
    this.timeout = timeout;
  }

  Route route() {
    return path(PathMatchers.separateOnSlashes(path), () -> post(() ->
        optionalHeaderValueByName(SECRET_HEADER, given -> authorised(given)
            ? entity(Unmarshaller.entityToString(), this::receive)
            : complete(StatusCodes.UNAUTHORIZED, "wrong or missing " + SECRET_HEADER))));
  }

  private boolean authorised(Optional<String> given) {
    return given.isPresent() && MessageDigest.isEqual(secret, given.get().getBytes(StandardCharsets.UTF_8));
  }

  private Route receive(String body) {
    Update update;
    try {
      update = json.readValue(body, Update.class);
    } catch (IOException e) {
      return complete(StatusCodes.BAD_REQUEST, "not a Telegram update: a JSON object with an update_id is expected");
    }
    if (update == null || update.getUpdateId() == null) {
      return complete(StatusCodes.BAD_REQUEST, "not a Telegram update: no update_id");
    }
    CompletionStage<Done> recorded = AskPattern.<UpdateIntake.Command, Done>ask(intake,
        replyTo -> new UpdateIntake.Received(update, replyTo), timeout, scheduler);
    return onComplete(recorded,
        done -> done.isSuccess()
            ? complete(StatusCodes.OK, "ok")
            : complete(StatusCodes.SERVICE_UNAVAILABLE, "not recorded yet; deliver again"));
  }
}
