package dev.hinge.kinematics;

/**
 * The lifter's filtered side-on motion, one value per video frame. Positions are metres in the
 * sagittal plane: {@code forward} from the mid-foot (positive where the lifter faces), {@code up}
 * from the floor. Angles are degrees: trunk inclination from vertical (positive leaning forward,
 * negative leaning back), interior hip and knee angles (180 = straight), and the head angle of the
 * shoulder→ear line against the hip→shoulder line (positive = extended / looking up, negative =
 * flexed / chin tucked). Arrays are shared, not copied, for speed; callers must not modify them.
 *
 * @param present frames in which a person was found (other frames hold interpolated values)
 * @param visibility mean landmark visibility per joint and frame, in [0, 1]
 * @param rejected per joint and frame, where the landmark jumped and was rejected before the
 *     low-pass (bridged from its neighbours; see {@link OutlierRejector})
 * @param barFromShoulders frames whose bar height was taken from the shoulders because the hands
 *     were hidden or not hanging from them ({@link BarFusion})
 * @param turned frames of a side-view clip in which the lifter has turned towards or away from the
 *     camera (to walk to it, say): heights in the picture are not comparable with the lift's there
 * @param lost frames of a side-view clip whose pose the model lost ({@link PoseLoss}): not {@code
 *     present}, bridged like frames without a pose
 * @param otherPerson frames in which the model followed somebody else ({@link OtherPerson}): not
 *     {@code present}, bridged like frames without a pose
 * @param unseen frames without any pose of the lifter, or whose pose was {@code lost} or somebody
 *     else's: the model did not see him there
 */
public record Kinematics(
    int frameCount,
    double fps,
    double[] tMs,
    boolean[] present,
    double[][] forwardM,
    double[][] upM,
    double[][] visibility,
    double[] midFootForwardM,
    double[] trunkDeg,
    double[] hipDeg,
    double[] kneeDeg,
    double[] headDeg,
    double[] trunkChordM,
    double[] barUpM,
    double[] barForwardM,
    double[] barVelocityMps,
    Facing facing,
    Scale scale,
    CameraCheck camera,
    double statureM,
    boolean[][] rejected,
    boolean[] barFromShoulders,
    boolean[] turned,
    boolean[] lost,
    boolean[] otherPerson,
    boolean[] unseen) {

  /** These kinematics judged through another camera check (one shot's of an edited video). */
  public Kinematics withCamera(CameraCheck other) {
    return new Kinematics(
        frameCount,
        fps,
        tMs,
        present,
        forwardM,
        upM,
        visibility,
        midFootForwardM,
        trunkDeg,
        hipDeg,
        kneeDeg,
        headDeg,
        trunkChordM,
        barUpM,
        barForwardM,
        barVelocityMps,
        facing,
        scale,
        other,
        statureM,
        rejected,
        barFromShoulders,
        turned,
        lost,
        otherPerson,
        unseen);
  }

  public double forward(Joint j, int frame) {
    return forwardM[j.ordinal()][frame];
  }

  public double up(Joint j, int frame) {
    return upM[j.ordinal()][frame];
  }

  public double visibility(Joint j, int frame) {
    return visibility[j.ordinal()][frame];
  }

  public double[] up(Joint j) {
    return upM[j.ordinal()];
  }

  public double[] forward(Joint j) {
    return forwardM[j.ordinal()];
  }

  /** Whether the joint's landmark jumped at this frame and was rejected. */
  public boolean rejected(Joint j, int frame) {
    return rejected[j.ordinal()][frame];
  }

  /** Time of a frame in milliseconds. */
  public double t(int frame) {
    return tMs[frame];
  }
}
