package org.jjmask.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jjmask.gds.Boundary;
import org.jjmask.gds.Box;
import org.jjmask.gds.GdsFlattener;
import org.jjmask.gds.GdsFormatException;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.PlacedShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A polygon device's outline read from one layer of a GDS file: the union, in µm, of every
 * boundary and box on {@code layer/datatype} reached from the cell (arrays and references
 * expanded). The union must be one polygon.
 */
final class GdsOutline {

    /** A refusal naming the spec key at fault (relative to {@code device.gds}). */
    static final class Fault extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;

        Fault(String key, String message) {
            super(message);
            this.key = key;
        }
    }

    private static final GeometryFactory GF = new GeometryFactory();

    private GdsOutline() {}

    /** The outline in µm; {@code cell} empty means the file's only top cell. */
    static Polygon readUm(Path file, int layer, int datatype, String cell) throws Fault {
        if (!Files.isRegularFile(file)) {
            throw new Fault("file", "no such file " + file);
        }
        GdsLibrary lib;
        String top;
        List<Geometry> parts = new ArrayList<>();
        try {
            lib = GdsReader.read(file);
            if (cell.isEmpty()) {
                List<String> tops = GdsInspector.inspect(lib).topCells();
                if (tops.size() != 1) {
                    throw new Fault("cell", file.getFileName() + " has " + tops.size() + " top cells "
                            + tops + "; name one with device.gds.cell");
                }
                top = tops.get(0);
            } else {
                if (lib.cell(cell).isEmpty()) {
                    throw new Fault("cell", "no cell named '" + cell + "' in " + file.getFileName());
                }
                top = cell;
            }
            double um = lib.dbuUm();
            for (Iterator<PlacedShape> it = GdsFlattener.shapes(lib, top); it.hasNext();) {
                PlacedShape s = it.next();
                if ((s.element() instanceof Boundary || s.element() instanceof Box)
                        && s.layer() == layer && s.datatype() == datatype) {
                    parts.add(ring(s.xy(), um));
                }
            }
        } catch (IOException | GdsFormatException e) {
            throw new Fault("file", "cannot read " + file.getFileName() + " as GDSII: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (parts.isEmpty()) {
            throw new Fault("layer", "no boundary or box on layer " + layer + "/" + datatype + " under cell '" + top
                    + "' of " + file.getFileName());
        }
        Geometry union = UnaryUnionOp.union(parts);
        if (!(union instanceof Polygon p)) {
            throw new Fault("layer", "the shapes on layer " + layer + "/" + datatype + " of " + file.getFileName()
                    + " form " + union.getNumGeometries() + " separate pieces; a device outline is one polygon");
        }
        return (Polygon) p.norm();
    }

    private static Geometry ring(int[] xy, double um) {
        int n = xy.length / 2;
        boolean closed = n > 1 && xy[0] == xy[xy.length - 2] && xy[1] == xy[xy.length - 1];
        int m = closed ? n - 1 : n;
        Coordinate[] c = new Coordinate[m + 1];
        for (int k = 0; k < m; k++) {
            c[k] = new Coordinate(xy[2 * k] * um, xy[2 * k + 1] * um);
        }
        c[m] = c[0];
        if (m < 3) {
            return GF.createPolygon();
        }
        Polygon p = GF.createPolygon(c);
        // a self-touching boundary is repaired to its area, as layout tools read it
        return p.isValid() ? p : p.buffer(0);
    }
}
