package org.relance.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;

import java.util.Iterator;

/**
 * The shape of the service's log lines, {@code relance.log.format}: {@code text} keeps the pattern of
 * {@code logback.xml}; {@code json} gives every console or file appender logback's {@link JsonEncoder},
 * one JSON object a line ({@code timestamp}, {@code level}, {@code threadName}, {@code loggerName},
 * {@code mdc}, {@code formattedMessage}, {@code throwable}). Logback configures itself from {@code logback.xml} before the settings are
 * read, so the service applies this once its configuration is loaded, before it starts anything that
 * logs (the encoder is swapped on the running appender, which keeps its console or file).
 */
public final class LogFormat {

  private LogFormat() {}

  /** Applies {@code format} ({@code text} or {@code json}) to every appender of the service's logging. */
  public static void apply(String format) {
    apply((LoggerContext) LoggerFactory.getILoggerFactory(), format);
  }

  /** Applies {@code format} to every appender of {@code context}. */
  static void apply(LoggerContext context, String format) {
    switch (format) {
      case "text" -> { }
      case "json" -> toJson(context);
      default -> throw new IllegalArgumentException(
          "relance.log.format (RELANCE_LOG_FORMAT) must be text or json, not '" + format + "'");
    }
  }

  private static void toJson(LoggerContext context) {
    for (Logger logger : context.getLoggerList()) {
      for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
        if (it.next() instanceof OutputStreamAppender<ILoggingEvent> appender
            && !(appender.getEncoder() instanceof JsonEncoder)) {
          JsonEncoder json = new JsonEncoder();
          json.setContext(context);
          json.setWithFormattedMessage(true);   // the line as text shows it, not its template and arguments apart
          json.setWithMessage(false);
          json.setWithArguments(false);
          json.setWithContext(false);
          json.start();
          appender.setEncoder(json);
        }
      }
    }
  }
}
