package dev.hinge.bench;

/**
 * A CPU-bound process for {@code hinge bench --concurrent}: spins on one core until killed, or for
 * at most ten minutes should its parent die without killing it.
 */
public final class Burn {
  private Burn() {}

  public static void main(String[] args) {
    long end = System.nanoTime() + 600_000_000_000L;
    double x = 1;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1_000_000; i++) {
        x = x * 1.000000001 + 1e-9;
      }
    }
    System.out.println(x);
  }
}
