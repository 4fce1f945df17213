package org.relance.nlu.lang;

import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;

import java.util.Locale;

/**
 * The context of {@link ReplyLanguageDetector}: character 1–3-grams of the lower-cased reply.
 * OpenNLP's default also strips URLs, e-mails, emoji and numbers with regular expressions, which
 * costs more than the classification itself on short replies; a reply here is a chat message, so
 * lower-casing is all it needs. Named in the model file, so it must stay public with a no-arg constructor.
 */
public class ReplyLanguageFactory extends LanguageDetectorFactory {

  @Override
  public LanguageDetectorContextGenerator getContextGenerator() {
    return new DefaultLanguageDetectorContextGenerator(1, 3, new LowerCase());
  }

  /** Lower-cases the reply. */
  static final class LowerCase implements CharSequenceNormalizer {
    private static final long serialVersionUID = 1L;

    @Override
    public CharSequence normalize(CharSequence text) {
      return text.toString().toLowerCase(Locale.ROOT);
    }
  }
}
