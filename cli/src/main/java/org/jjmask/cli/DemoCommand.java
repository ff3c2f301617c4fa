package org.jjmask.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Design the bundled example (examples/nickelate-hallbar.yaml: (Nd,Sr)NiO2 on SrTiO3, "
                + "triangular lattice of 70 nm holes at 100 nm pitch in a Hall bar) and write its GDS, PDF and JSON.")
final class DemoCommand extends DesignPassCommand {

    static final String EXAMPLE = "nickelate-hallbar.yaml";

    @Override
    Spec spec() throws Exception {
        return SpecReader.parse(example(EXAMPLE), EXAMPLE);
    }

    static String example(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("examples/" + name)) {
            if (in == null) {
                throw new IOException("the bundled example " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
