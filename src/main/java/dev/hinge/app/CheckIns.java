package dev.hinge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.hinge.journal.AnalysisStore;
import dev.hinge.journal.Journal;
import dev.hinge.journal.ProfileStore;
import dev.hinge.triage.CheckIn;
import dev.hinge.triage.CheckInParser;
import dev.hinge.triage.TrainingContext;
import dev.hinge.triage.TriageEngine;
import dev.hinge.triage.TriageResult;
import java.util.HashMap;
import java.util.Map;

/**
 * Soreness check-ins: the answers triaged ({@link TriageEngine}) against the journal's latest
 * analysed set when it is recent, and saved with the result. The answers are kept as they were
 * given (the JSON sent, or an interview's validated answers).
 */
public final class CheckIns {
  /** A saved check-in: its id in the journal and its triage. */
  public record Submitted(long id, TriageResult result) {}

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());

  private final Journal journal;

  public CheckIns(Journal journal) {
    this.journal = journal;
  }

  /**
   * Triages answers written as JSON (CHECKIN-SCHEMA) and saves them as sent.
   *
   * @throws dev.hinge.triage.CheckInValidationException with every problem when they are invalid
   */
  public Submitted submit(String answersJson) {
    return save(CheckInParser.parse(answersJson), answersJson);
  }

  /** Triages answers already validated (the terminal's interview) and saves them. */
  public Submitted submit(CheckIn answers) {
    try {
      return save(answers, JSON.writeValueAsString(answers));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a check-in that cannot be written as JSON", e);
    }
  }

  private Submitted save(CheckIn answers, String stored) {
    TriageResult result =
        new TriageEngine()
            .evaluate(answers, journal.analyses().trainingContext(AnalysisStore.RECENT_TRAINING));
    return new Submitted(journal.checkIns().save(stored, result), result);
  }

  /** Triages answers without a journal: nothing is linked to training, nothing is saved. */
  public static TriageResult preview(CheckIn answers) {
    return new TriageEngine().evaluate(answers, TrainingContext.none());
  }

  /**
   * Answers the profile already gives (age from the date of birth, sex), offered to the lifter, who
   * may change them. Never a red flag.
   */
  public Map<String, String> fromProfile() {
    Map<String, String> known = new HashMap<>();
    ProfileStore.Profile p = journal.profiles().get();
    p.ageOn(journal.today()).ifPresent(age -> known.put("age", Integer.toString(age)));
    p.sex().ifPresent(sex -> known.put("sex", sex));
    return known;
  }
}
