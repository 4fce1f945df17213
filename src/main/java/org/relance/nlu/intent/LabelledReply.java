package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

/** One example of the NLU data: a reply as a debtor wrote it, its language, primary intent and reason (or null). */
public record LabelledReply(String text, Language lang, Intent intent, DelayReason reason) {}
