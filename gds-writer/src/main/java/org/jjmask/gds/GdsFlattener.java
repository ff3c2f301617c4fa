package org.jjmask.gds;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every shape reachable from a top cell, one at a time, with arrays and references expanded.
 * The walk keeps one frame per hierarchy level and one array position per frame, so a mask of
 * 10⁷ holes placed by a few AREFs is visited without materialising its instances. Arrays follow
 * KLayout's reading ({@link ArrayLattice}): what {@link GdsInspector} counts is what this yields.
 */
public final class GdsFlattener {

    private GdsFlattener() {}

    /**
     * The shapes under {@code topCell}, in file order, depth first. Fails with
     * {@link GdsFormatException} on an undefined cell or a reference cycle.
     */
    public static Iterator<PlacedShape> shapes(GdsLibrary lib, String topCell) throws GdsFormatException {
        GdsInspector.inspect(lib);  // undefined references, duplicates and cycles, named by cell
        Map<String, GdsCell> byName = new HashMap<>();
        for (GdsCell c : lib.cells()) {
            byName.put(c.name(), c);
        }
        GdsCell top = byName.get(topCell);
        if (top == null) {
            throw new GdsFormatException("no cell named '" + topCell + "'", -1, -1, topCell);
        }
        return new Walk(byName, top);
    }

    /** {@link #shapes} as a sequential stream. */
    public static Stream<PlacedShape> stream(GdsLibrary lib, String topCell) throws GdsFormatException {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(shapes(lib, topCell),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** One cell being walked: the next element, and the array being expanded at the previous one. */
    private static final class Frame {
        final List<GdsElement> elements;
        final Transform placement;
        int index;
        ARef array;
        ArrayLattice lattice;
        long instance;

        Frame(GdsCell cell, Transform placement) {
            this.elements = cell.elements();
            this.placement = placement;
        }
    }

    private static final class Walk implements Iterator<PlacedShape> {
        private final Map<String, GdsCell> cells;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private PlacedShape next;

        Walk(Map<String, GdsCell> cells, GdsCell top) {
            this.cells = cells;
            stack.push(new Frame(top, Transform.IDENTITY));
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public PlacedShape next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            PlacedShape out = next;
            advance();
            return out;
        }

        private void advance() {
            next = null;
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.lattice != null && f.instance < f.lattice.instances()) {
                    long i = f.instance % f.lattice.columns();
                    long j = f.instance / f.lattice.columns();
                    f.instance++;
                    enter(f, f.array.cellName(), f.array.strans(), f.lattice.x(i, j), f.lattice.y(i, j));
                    continue;
                }
                f.lattice = null;
                if (f.index >= f.elements.size()) {
                    stack.pop();
                    continue;
                }
                GdsElement e = f.elements.get(f.index++);
                if (e instanceof SRef s) {
                    enter(f, s.cellName(), s.strans(), s.x(), s.y());
                } else if (e instanceof ARef a) {
                    f.array = a;
                    f.lattice = new ArrayLattice(a);
                    f.instance = 0;
                } else {
                    next = new PlacedShape(e, f.placement);
                    return;
                }
            }
        }

        private void enter(Frame parent, String cell, Strans strans, long x, long y) {
            stack.push(new Frame(cells.get(cell), parent.placement.then(Transform.of(strans, x, y))));
        }
    }
}
