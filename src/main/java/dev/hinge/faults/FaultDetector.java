package dev.hinge.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every rule of {@link FaultCode} on one rep, in order: a rule the camera set-up does not
 * support is skipped; one the rep's own frames do not support is listed as not judged, so that a
 * missing fault never reads as a clean bill; the rest judge.
 */
public final class FaultDetector {
  private FaultDetector() {}

  /**
   * The faults found on one rep, and the rules its own frames could not support, with why (in
   * {@link FaultCode} order).
   */
  public record Findings(List<Fault> faults, Map<FaultCode, String> notJudged) {
    public Findings {
      faults = List.copyOf(faults);
      Map<FaultCode, String> byCode = new EnumMap<>(FaultCode.class);
      byCode.putAll(notJudged);
      notJudged = Collections.unmodifiableMap(byCode);
    }
  }

  /**
   * @param skipped the rules the camera set-up does not support ({@link Judgements#skipped})
   */
  public static Findings judge(RepContext rep, Map<FaultCode, String> skipped) {
    List<Fault> faults = new ArrayList<>();
    Map<FaultCode, String> notJudged = new EnumMap<>(FaultCode.class);
    EarlierFindings earlier = new EarlierFindings();
    // what keeps every rule off this rep: where the lifter started from, or how, is not known
    Optional<String> wholeRep =
        rep.poseLostAtTheStart()
            ? Optional.of(
                "the pose was lost at the start of the pull (something hid the lifter), so where"
                    + " he started from is not known")
            : rep.implausibleStart();
    for (FaultCode code : FaultCode.values()) {
      if (skipped.containsKey(code)) {
        continue;
      }
      Optional<String> why = wholeRep.or(() -> code.rule().notJudged(rep));
      if (why.isPresent()) {
        notJudged.put(code, why.get());
        continue;
      }
      Optional<Finding> found = code.rule().judge(rep, earlier);
      if (found.isPresent()) {
        faults.add(Fault.of(code, found.get()));
        earlier.add(code.rule().getClass());
      }
    }
    return new Findings(faults, notJudged);
  }
}
