package org.relance.telegram;

import java.util.Optional;

/**
 * Where the sender reads the file of a {@link OutgoingMessage.Kind#DOCUMENT} when it sends it: the
 * outbox keeps only the reference, so it stays small and a restart sends the same bytes. Called on
 * the sender's blocking executor (it may read a database).
 */
@FunctionalInterface
public interface DocumentSource {

  /** The file's bytes, or empty when the reference names nothing (the document is then refused). */
  Optional<byte[]> read(String reference);

  /** This source, and for a reference it does not know, {@code next}. */
  default DocumentSource or(DocumentSource next) {
    return reference -> read(reference).or(() -> next.read(reference));
  }

  /** No documents: every document is refused (a service without stored files). */
  static DocumentSource none() {
    return reference -> Optional.empty();
  }
}
