package dev.hinge.faults;

import java.util.HashSet;
import java.util.Set;

/**
 * What the rules judged before one rule found on the same rep, by rule class: a rule can stay
 * silent where another's finding already explains what it would see.
 */
public final class EarlierFindings {
  private final Set<Class<?>> found = new HashSet<>();

  void add(Class<?> rule) {
    found.add(rule);
  }

  /** Whether the rule of this class found a fault on the rep. */
  public boolean found(Class<?> rule) {
    return found.contains(rule);
  }
}
