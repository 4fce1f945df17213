package org.relance.email;

import java.util.List;

/**
 * One e-mail to a debtor, before it is put in MIME: the address, subject and plain text (the HTML
 * part is made from the same text), the case's reply address and one-click unsubscribe link, the
 * e-mail it answers (null: none, else threaded with {@code In-Reply-To} and {@code References}) and
 * the files attached.
 */
public record Email(String to, String subject, String text, String replyTo, String unsubscribeUrl, String inReplyTo,
                    List<Attachment> attachments) {

  /** A file attached, e.g. a letter's PDF. */
  public record Attachment(String fileName, String contentType, byte[] bytes) {}

  public Email {
    attachments = List.copyOf(attachments);
  }
}
