package org.relance.nlu.intent;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One OpenNLP model over one set of labels (the intents, or the reasons), trained on feature
 * contexts. OpenNLP models are read-only once trained, so one instance serves many threads.
 */
final class LabelModel {

  private final MaxentModel model;

  private LabelModel(MaxentModel model) {
    this.model = model;
  }

  /** Trains on {@code contexts[i]} labelled {@code labels[i]}; deterministic for a given input and algorithm. */
  static LabelModel train(List<String[]> contexts, List<String> labels, Algorithm algorithm) {
    List<Event> events = new ArrayList<>(contexts.size());
    for (int i = 0; i < contexts.size(); i++) {
      events.add(new Event(labels.get(i), contexts.get(i)));
    }
    EventTrainer trainer = TrainerFactory.getEventTrainer(algorithm.parameters(), null);
    try {
      return new LabelModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new UncheckedIOException("Training failed", e);
    }
  }

  static LabelModel read(InputStream in) throws IOException {
    return new LabelModel(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
  }

  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    new GenericModelWriter((AbstractModel) model, data).persist();
    data.flush();
  }

  /** The score of each label, indexed like {@link #label(int)}; sums to 1. */
  double[] scores(String[] context) {
    return model.eval(context);
  }

  /** Whether training saw feature {@code feature} at all (OpenNLP keeps only the features it saw). */
  boolean knows(String feature) {
    return vocabulary().containsKey(feature);
  }

  @SuppressWarnings("unchecked")
  private Map<String, ?> vocabulary() {
    return (Map<String, ?>) ((AbstractModel) model).getDataStructures()[1];
  }

  String label(int index) {
    return model.getOutcome(index);
  }

  int labelCount() {
    return model.getNumOutcomes();
  }
}
