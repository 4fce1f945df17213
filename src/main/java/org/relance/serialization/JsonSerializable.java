package org.relance.serialization;

/**
 * Marker for every message, event and state that crosses a journal or a node: bound to Pekko's
 * Jackson JSON serializer in {@code relance-runtime.conf}, so nothing uses Java serialization.
 */
public interface JsonSerializable {}
