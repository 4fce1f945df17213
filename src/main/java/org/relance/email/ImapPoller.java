package org.relance.email;

import com.typesafe.config.Config;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.apache.pekko.actor.typed.ActorSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Reads the replies mailbox ({@code relance.email.imap}) by polling with Angus Mail, on the blocking
 * executor: each unread e-mail is read and handed to the handler, and flagged read once the handler is
 * done with it (an e-mail whose handling failed stays unread and is read again at the next poll; one
 * that cannot be parsed is flagged read and logged, and stays in the mailbox). One poll at a time.
 */
public final class ImapPoller {

  private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);

  /** Where the mailbox is and how often it is read. */
  public record Settings(String host, int port, String username, String password, boolean ssl, String folder,
                         Duration pollInterval) {
    public static Settings from(Config imap) {
      return new Settings(imap.getString("host").trim(), imap.getInt("port"), imap.getString("username"),
          imap.getString("password"), imap.getBoolean("ssl"), imap.getString("folder"),
          imap.getDuration("poll-interval"));
    }

    public boolean enabled() {
      return !host.isEmpty();
    }
  }

  private final Settings settings;
  private final Function<InboundMail, CompletionStage<Void>> handler;
  private final Session session;
  private final AtomicBoolean polling = new AtomicBoolean();

  public ImapPoller(Settings settings, Function<InboundMail, CompletionStage<Void>> handler) {
    this.settings = settings;
    this.handler = handler;
    Properties properties = new Properties();
    String protocol = protocol();
    properties.put("mail." + protocol + ".host", settings.host());
    properties.put("mail." + protocol + ".port", String.valueOf(settings.port()));
    properties.put("mail." + protocol + ".connectiontimeout", "30000");
    properties.put("mail." + protocol + ".timeout", "30000");
    this.session = Session.getInstance(properties);
  }

  /** Polls every {@code poll-interval} on the blocking executor. */
  public void start(ActorSystem<?> system, Executor blocking) {
    system.scheduler().scheduleWithFixedDelay(Duration.ZERO, settings.pollInterval(), () -> blocking.execute(() -> {
      try {
        poll();
      } catch (RuntimeException e) {
        log.warn("Reading the replies mailbox failed, tried again in {}: {}", settings.pollInterval(), e.getMessage());
      }
    }), system.executionContext());
  }

  /** Reads every unread e-mail once; blocking. Returns how many were handled. */
  public int poll() {
    if (!polling.compareAndSet(false, true)) {
      return 0;
    }
    int handled = 0;
    try (Store store = session.getStore(protocol())) {
      store.connect(settings.host(), settings.port(), settings.username(), settings.password());
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_WRITE);
      try {
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          handled += handle(message) ? 1 : 0;
        }
      } finally {
        folder.close(false);
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot read the mailbox " + settings.folder() + " on " + settings.host() + ": "
          + e.getMessage(), e);
    } finally {
      polling.set(false);
    }
    return handled;
  }

  private boolean handle(Message message) throws MessagingException {
    InboundMail mail;
    try {
      mail = InboundMail.read((MimeMessage) message);
    } catch (IOException | MessagingException | RuntimeException e) {
      log.warn("An e-mail of the replies mailbox cannot be read and is left there, flagged read: {}", e.getMessage());
      message.setFlag(Flags.Flag.SEEN, true);
      return false;
    }
    try {
      handler.apply(mail).toCompletableFuture().join();
      message.setFlag(Flags.Flag.SEEN, true);
      return true;
    } catch (RuntimeException e) {
      log.warn("E-mail {} could not be handled now, read again at the next poll: {}", mail.messageId(), e.getMessage());
      message.setFlag(Flags.Flag.SEEN, false);
      return false;
    }
  }

  private String protocol() {
    return settings.ssl() ? "imaps" : "imap";
  }
}
