package org.relance.telegram.standin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code relance standin --port 8081}: runs the Bot API stand-in alone, for a local try-out. */
@Command(name = "standin", description = "Run a stand-in Telegram Bot API on 127.0.0.1 (no Telegram account needed).")
public final class StandInCommand implements Callable<Integer> {

  @Option(names = "--port", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).", defaultValue = "8081")
  int port;

  @Override
  public Integer call() throws Exception {
    BotApiStandIn standIn = BotApiStandIn.start(port);
    String url = standIn.url();
    System.out.println("Telegram Bot API stand-in on " + url);
    System.out.println("Start Relance against it:  RELANCE_TELEGRAM_API_URL=" + url
        + " TELEGRAM_BOT_TOKEN=local java -jar target/relance.jar run");
    System.out.println("Write as a user:           curl -s " + url
        + "/control/message -d '{\"chat_id\":1001,\"text\":\"Bonjour\",\"language_code\":\"fr\"}'");
    System.out.println("See what the bot sent:     curl -s " + url + "/control/calls");
    Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "standin-shutdown"));
    new CountDownLatch(1).await();
    return 0;
  }
}
