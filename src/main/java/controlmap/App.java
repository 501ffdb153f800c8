package controlmap;

import controlmap.cli.ImportCommand;
import controlmap.cli.CopyCommand;
import controlmap.cli.ExportCommand;
import controlmap.cli.GenerateCommand;
import controlmap.cli.ServeCommand;
import controlmap.launch.Relaunch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar controlmap.jar <command>}; wiring lives in the commands. */
@Command(name = "controlmap", mixinStandardHelpOptions = true, version = "ControlMap 0.1",
        description = "Who held which territory, on which date, according to whom.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, CopyCommand.class,
                GenerateCommand.class, CommandLine.HelpCommand.class})
public final class App implements Runnable {

    public static void main(String[] args) {
        int bounded = Relaunch.runBounded(App.class, args);
        if (bounded >= 0) {
            System.exit(bounded);  // the service ran in a child JVM with a heap bound; its exit code is ours
        }
        System.setProperty("java.awt.headless", "true"); // the pictures are drawn with Java2D on servers without a display
        System.exit(new CommandLine(new App()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
