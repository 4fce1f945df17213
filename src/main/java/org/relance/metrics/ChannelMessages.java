package org.relance.metrics;

import io.micrometer.core.instrument.Counter;

/**
 * What happened to the messages of one channel on this node ({@code channel} tag): sent (accepted by
 * the channel), failed (given up on), rate-limited (the channel asked to wait; Telegram's 429).
 */
public record ChannelMessages(Counter sent, Counter failed, Counter rateLimited) {}
