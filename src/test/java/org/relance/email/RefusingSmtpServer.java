package org.relance.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that knows no mailbox: it answers every {@code RCPT TO} with
 * {@code 550 5.1.1 user unknown}, as a receiving server does for a mistyped address (GreenMail takes
 * every recipient, so it cannot play this part).
 */
final class RefusingSmtpServer implements AutoCloseable {

  static final String REFUSAL = "550 5.1.1 <%s>: Recipient address rejected: User unknown";

  private final ServerSocket socket;
  private final Thread thread;

  RefusingSmtpServer() throws IOException {
    socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "refusing-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // closed, or the client went away: take the next one
      }
    }
  }

  private static void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    say(out, "220 refusing.test ESMTP");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("RCPT TO:")) {
        say(out, REFUSAL.formatted(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'))));
      } else if (command.startsWith("QUIT")) {
        say(out, "221 bye");
        return;
      } else {
        say(out, "250 OK");
      }
    }
  }

  private static void say(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
