package dev.hinge.cli;

import dev.hinge.pose.model.PoseModel;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --model} option of the commands that run the pose models (a picocli mixin). */
final class ModelOption {
  @Option(
      names = "--model",
      paramLabel = "MODEL",
      defaultValue = "full",
      description = "pose landmark model: lite, full or heavy (default: ${DEFAULT-VALUE})")
  String name = "full";

  /** The command this option is part of, for its usage message. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  PoseModel get() {
    return parse(name, command.commandLine());
  }

  /**
   * A model by its name (any case); a name that is not one of them is a usage error of {@code
   * command}.
   */
  static PoseModel parse(String name, CommandLine command) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "lite" -> PoseModel.LITE;
      case "full" -> PoseModel.FULL;
      case "heavy" -> PoseModel.HEAVY;
      default ->
          throw new CommandLine.ParameterException(
              command, "--model must be lite, full or heavy, found '" + name + "'");
    };
  }
}
