package org.jjmask.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.Inspection;
import org.jjmask.gds.LayerCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Read any GDSII file: cells, top cells, polygons and texts per layer with arrays expanded, "
                + "bounding box, database unit.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.gds")
    Path file;

    @Option(names = "--json", description = "Print JSON (CONTRACT.md's inspect keys).")
    boolean json;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        GdsLibrary lib;
        try {
            lib = GdsReader.read(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        }
        Inspection in = GdsInspector.inspect(lib);
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(in)));
        } else {
            double[] b = in.bboxUm();
            out.printf("file        %s%n", file);
            out.printf("library     %s%n", lib.name());
            out.printf(Locale.ROOT, "dbu         %s µm%n", in.dbuUm());
            out.printf("cells       %d%n", in.cells());
            out.printf("top cells   %s%n", String.join(", ", in.topCells()));
            out.printf(Locale.ROOT, "bbox        [%.4f, %.4f, %.4f, %.4f] µm%n", b[0], b[1], b[2], b[3]);
            out.printf("references  %d AREF, %d SREF%n", in.arefs(), in.srefs());
            out.printf("%-12s %14s %8s%n", "layer/dt", "polygons", "texts");
            for (LayerCount l : in.layers()) {
                out.printf("%-12s %14d %8d%n", l.layer() + "/" + l.datatype(), l.polygons(), l.texts());
            }
            for (String note : lib.notes()) {
                out.println("note: " + note);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static ObjectNode toJson(Inspection in) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("cells", in.cells());
        ArrayNode tops = o.putArray("top_cells");
        in.topCells().forEach(tops::add);
        ArrayNode layers = o.putArray("layers");
        for (LayerCount l : in.layers()) {
            layers.addObject().put("layer", l.layer()).put("datatype", l.datatype()).put("polygons", l.polygons())
                    .put("texts", l.texts());
        }
        ArrayNode bbox = o.putArray("bbox_um");
        for (double v : in.bboxUm()) {
            bbox.add(v);
        }
        o.put("dbu_um", in.dbuUm());
        o.put("arefs", in.arefs());
        o.put("srefs", in.srefs());
        o.put("flattened_polygons", in.flattenedPolygons());
        return o;
    }
}
