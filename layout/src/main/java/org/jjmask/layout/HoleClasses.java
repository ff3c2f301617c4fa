package org.jjmask.layout;

import java.util.List;
import java.util.Optional;

/**
 * The holes of a layout written in classes (dose classes, size classes or dots) while keeping the
 * hierarchy: each class is one hole cell on its own layer/datatype, and the layout's arrays are
 * cut into {@link Block}s of one class each (the exposure's {@code ClassBlocks}), every block one
 * AREF. The bulk stays one block; only the holes near an edge change class. A scattered layout
 * (one SREF per hole anyway) gives each hole's class in {@code ScatteredHoles.forEach} order
 * instead, and a class cell per size class and class used.
 *
 * @param classes   the class cells, by rank
 * @param blocks    the one-class rectangles of an ordered layout (empty for a scattered one)
 * @param perHole   each hole's class rank in {@code forEach} order (scattered layouts; empty otherwise)
 */
public record HoleClasses(List<ClassCell> classes, List<Block> blocks, short[] perHole) {

    /**
     * One class's cell: the layer and datatype its hole is written on, the hole polygon in dbu
     * (empty: the layout's own hole, or for a scattered layout each size class's), and whether it
     * is a dot — a PATH of two identical vertices and no width (Raith's dot, EBEAM.md).
     */
    public record ClassCell(int layer, int datatype, Optional<int[]> xy, boolean dot) {}

    /** A rectangle of holes of one class. */
    public record Block(int classRank, HoleArray holes) {}

    public HoleClasses {
        classes = List.copyOf(classes);
        blocks = List.copyOf(blocks);
        perHole = perHole.clone();
    }

    @Override
    public short[] perHole() {
        return perHole.clone();
    }

    short classOf(int hole) {
        return perHole[hole];
    }
}
