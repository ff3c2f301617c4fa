package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A small built-in stroke font for labels written as polygons (GDS TEXT is ignored by pattern
 * generators). Each glyph is a set of centre lines on a 4 × 6 grid, buffered into strokes of
 * {@value #STROKE} grid units with square ends. Glyphs are simply connected: a stroke loop (O, 0,
 * 8, A, B, …) gets a slit cut from its enclosed counter straight down through the glyph, so no
 * polygon has an interior ring. Covers A–Z, 0–9, '-', '_', '.' and ' '.
 */
public final class StrokeFont {

    /** Stroke width in grid units (the grid is 4 wide, 6 tall). */
    public static final double STROKE = 0.8;
    /** Slit width in grid units. */
    public static final double SLIT = 0.4;
    /** Horizontal advance per character in grid units. */
    public static final double ADVANCE = 4 + STROKE + 1.4;

    private static final GeometryFactory GF = new GeometryFactory();
    private static final Map<Character, String> GLYPHS = new TreeMap<>();

    static {
        GLYPHS.put('A', "0,0 0,4 2,6 4,4 4,0; 0,3 4,3");
        GLYPHS.put('B', "0,0 0,6 3,6 4,5 4,4 3,3 0,3; 3,3 4,2 4,1 3,0 0,0");
        GLYPHS.put('C', "4,5 3,6 1,6 0,5 0,1 1,0 3,0 4,1");
        GLYPHS.put('D', "0,0 0,6 3,6 4,5 4,1 3,0 0,0");
        GLYPHS.put('E', "4,6 0,6 0,0 4,0; 0,3 3,3");
        GLYPHS.put('F', "4,6 0,6 0,0; 0,3 3,3");
        GLYPHS.put('G', "4,5 3,6 1,6 0,5 0,1 1,0 3,0 4,1 4,3 2,3");
        GLYPHS.put('H', "0,0 0,6; 4,0 4,6; 0,3 4,3");
        GLYPHS.put('I', "1,6 3,6; 2,6 2,0; 1,0 3,0");
        GLYPHS.put('J', "4,6 4,1 3,0 1,0 0,1");
        GLYPHS.put('K', "0,0 0,6; 4,6 0,2; 1,3 4,0");
        GLYPHS.put('L', "0,6 0,0 4,0");
        GLYPHS.put('M', "0,0 0,6 2,3 4,6 4,0");
        GLYPHS.put('N', "0,0 0,6 4,0 4,6");
        GLYPHS.put('O', "1,0 0,1 0,5 1,6 3,6 4,5 4,1 3,0 1,0");
        GLYPHS.put('P', "0,0 0,6 3,6 4,5 4,4 3,3 0,3");
        GLYPHS.put('Q', "1,0 0,1 0,5 1,6 3,6 4,5 4,1 3,0 1,0; 2,2 4,0");
        GLYPHS.put('R', "0,0 0,6 3,6 4,5 4,4 3,3 0,3; 2,3 4,0");
        GLYPHS.put('S', "4,5 3,6 1,6 0,5 0,4 1,3 3,3 4,2 4,1 3,0 1,0 0,1");
        GLYPHS.put('T', "0,6 4,6; 2,6 2,0");
        GLYPHS.put('U', "0,6 0,1 1,0 3,0 4,1 4,6");
        GLYPHS.put('V', "0,6 2,0 4,6");
        GLYPHS.put('W', "0,6 1,0 2,3 3,0 4,6");
        GLYPHS.put('X', "0,0 4,6; 0,6 4,0");
        GLYPHS.put('Y', "0,6 2,3 4,6; 2,3 2,0");
        GLYPHS.put('Z', "0,6 4,6 0,0 4,0");
        GLYPHS.put('0', "1,0 0,1 0,5 1,6 3,6 4,5 4,1 3,0 1,0; 0,1 4,5");
        GLYPHS.put('1', "1,5 2,6 2,0; 1,0 3,0");
        GLYPHS.put('2', "0,5 1,6 3,6 4,5 4,4 0,0 4,0");
        GLYPHS.put('3', "0,5 1,6 3,6 4,5 4,4 3,3 4,2 4,1 3,0 1,0 0,1; 1,3 3,3");
        GLYPHS.put('4', "3,0 3,6 0,2 4,2");
        GLYPHS.put('5', "4,6 0,6 0,3 3,3 4,2 4,1 3,0 0,0");
        GLYPHS.put('6', "4,5 3,6 1,6 0,5 0,1 1,0 3,0 4,1 4,2 3,3 0,3");
        GLYPHS.put('7', "0,6 4,6 1,0");
        GLYPHS.put('8', "1,3 0,4 0,5 1,6 3,6 4,5 4,4 3,3 1,3 0,2 0,1 1,0 3,0 4,1 4,2 3,3");
        GLYPHS.put('9', "0,1 1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,4 1,3 4,3");
        GLYPHS.put('-', "1,3 3,3");
        GLYPHS.put('_', "0,0 4,0");
        GLYPHS.put('.', "2,0");
        GLYPHS.put(' ', "");
    }

    private StrokeFont() {}

    /** The characters the font draws. */
    public static Set<Character> characters() {
        return GLYPHS.keySet();
    }

    public static boolean supports(char c) {
        return GLYPHS.containsKey(c);
    }

    /** The first character of {@code text} the font cannot draw, or -1. */
    public static int firstUnsupported(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!supports(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Width of {@code text} drawn {@code heightNm} tall, nm. */
    public static double widthNm(String text, double heightNm) {
        double u = heightNm / (6 + STROKE);
        return text.isEmpty() ? 0 : u * ((text.length() - 1) * ADVANCE + 4 + STROKE);
    }

    /**
     * {@code text} as simply connected polygons in nm, its lower-left corner (stroke edges
     * included) at ({@code xNm}, {@code yNm}) and {@code heightNm} tall.
     */
    public static List<Polygon> render(String text, double xNm, double yNm, double heightNm) {
        int bad = firstUnsupported(text);
        if (bad >= 0) {
            throw new IllegalArgumentException("the label font has no glyph for '" + text.charAt(bad) + "'");
        }
        double u = heightNm / (6 + STROKE);
        List<Polygon> out = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            double ox = xNm + u * (k * ADVANCE + STROKE / 2);
            double oy = yNm + u * STROKE / 2;
            out.addAll(glyph(text.charAt(k), ox, oy, u));
        }
        return out;
    }

    /** One glyph, grid origin at ({@code ox}, {@code oy}), {@code u} nm per grid unit. */
    static List<Polygon> glyph(char c, double ox, double oy, double u) {
        String def = GLYPHS.get(c);
        List<Geometry> strokes = new ArrayList<>();
        BufferParameters bp = new BufferParameters(8, BufferParameters.CAP_SQUARE, BufferParameters.JOIN_MITRE, 2.0);
        for (String line : def.split(";")) {
            String[] pts = line.trim().split("\\s+");
            if (pts.length == 0 || pts[0].isEmpty()) {
                continue;
            }
            Coordinate[] cs = new Coordinate[pts.length];
            for (int i = 0; i < pts.length; i++) {
                String[] xy = pts[i].split(",");
                cs[i] = new Coordinate(ox + u * Double.parseDouble(xy[0]), oy + u * Double.parseDouble(xy[1]));
            }
            Geometry g = cs.length == 1 ? GF.createPoint(cs[0]) : GF.createLineString(cs);
            strokes.add(g instanceof Point p ? dot(p, u * STROKE / 2) : BufferOp.bufferOp(g, u * STROKE / 2, bp));
        }
        if (strokes.isEmpty()) {
            return List.of();
        }
        // clipped to the glyph's box: square caps and mitres of slanted strokes would stick out
        double h = u * STROKE / 2;
        Geometry glyph = UnaryUnionOp.union(strokes).intersection(Shapes.rect(ox - h, oy - h, ox + 4 * u + h, oy + 6 * u + h));
        return openCounters(glyph, u * SLIT);
    }

    private static Geometry dot(Point p, double half) {
        return Shapes.rect(p.getX() - half, p.getY() - half, p.getX() + half, p.getY() + half);
    }

    /**
     * Cuts a vertical slit of {@code slit} nm from every enclosed counter down through the bottom
     * of the glyph, until no polygon has an interior ring.
     */
    static List<Polygon> openCounters(Geometry g, double slit) {
        Geometry work = g;
        for (int guard = 0; guard < 16; guard++) {
            Polygon withHole = null;
            for (int k = 0; k < work.getNumGeometries(); k++) {
                if (work.getGeometryN(k) instanceof Polygon p && p.getNumInteriorRing() > 0) {
                    withHole = p;
                    break;
                }
            }
            if (withHole == null) {
                break;
            }
            Polygon counter = GF.createPolygon(withHole.getInteriorRingN(0).getCoordinates());
            Envelope c = counter.getEnvelopeInternal();
            Point inside = counter.getInteriorPoint();
            double x = inside.getX();
            // prefer the counter's middle column when that point is inside it
            if (counter.contains(GF.createPoint(new Coordinate(c.centre().x, inside.getY())))) {
                x = c.centre().x;
            }
            Envelope all = work.getEnvelopeInternal();
            work = work.difference(Shapes.rect(x - slit / 2, all.getMinY() - slit, x + slit / 2, inside.getY()));
        }
        List<Polygon> out = new ArrayList<>();
        for (int k = 0; k < work.getNumGeometries(); k++) {
            if (work.getGeometryN(k) instanceof Polygon p && !p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
