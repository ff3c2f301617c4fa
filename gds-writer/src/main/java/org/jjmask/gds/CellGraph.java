package org.jjmask.gds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference graph between cells: which cell places which. Built once, walked without
 * recursion (hierarchies can be deeper than the Java stack), and used by both the reader
 * (undefined references, cycles) and the inspector (children-first order, top cells).
 */
final class CellGraph {

    private final List<GdsCell> cells;
    private final Map<String, Integer> index;
    private final int[][] children;
    private final int[] parentCount;
    private final String duplicate;
    private final String[] missing;

    CellGraph(List<GdsCell> cells) {
        this.cells = cells;
        this.index = new HashMap<>(cells.size() * 2);
        String dup = "";
        for (int i = 0; i < cells.size(); i++) {
            if (index.putIfAbsent(cells.get(i).name(), i) != null && dup.isEmpty()) {
                dup = cells.get(i).name();
            }
        }
        this.duplicate = dup;
        this.children = new int[cells.size()][];
        this.parentCount = new int[cells.size()];
        String[] miss = new String[0];
        for (int i = 0; i < cells.size(); i++) {
            int[] kids = new int[4];
            int k = 0;
            for (GdsElement e : cells.get(i).elements()) {
                String target = referenced(e);
                if (target.isEmpty()) {
                    continue;
                }
                Integer child = index.get(target);
                if (child == null) {
                    if (miss.length == 0) {
                        miss = new String[] {cells.get(i).name(), target};
                    }
                    continue;
                }
                if (k == kids.length) {
                    kids = Arrays.copyOf(kids, 2 * k);
                }
                kids[k++] = child;
            }
            int[] distinct = Arrays.stream(kids, 0, k).distinct().toArray();
            children[i] = distinct;
            for (int c : distinct) {
                parentCount[c]++;
            }
        }
        this.missing = miss;
    }

    static String referenced(GdsElement e) {
        if (e instanceof SRef s) {
            return s.cellName();
        }
        if (e instanceof ARef a) {
            return a.cellName();
        }
        return "";
    }

    int size() {
        return cells.size();
    }

    int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** A cell name defined twice, or "". */
    String duplicateName() {
        return duplicate;
    }

    /** {referencing cell, missing name} of the first reference to an undefined cell, or empty. */
    String[] missingReference() {
        return missing.clone();
    }

    int[] children(int cell) {
        return children[cell];
    }

    boolean isTop(int cell) {
        return parentCount[cell] == 0;
    }

    /**
     * Cells ordered so every cell comes after all the cells it references; empty array together
     * with a non-empty {@link #cycle()} when the references loop.
     */
    int[] childrenFirstOrder() {
        int n = cells.size();
        int[] pending = new int[n];
        List<List<Integer>> parents = parents();
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            pending[i] = children[i].length;
            if (pending[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int c = order[head++];
            for (int parent : parents.get(c)) {
                if (--pending[parent] == 0) {
                    order[tail++] = parent;
                }
            }
        }
        return tail == n ? order : new int[0];
    }

    /** Names around one reference cycle, first name repeated at the end; empty when acyclic. */
    List<String> cycle() {
        int n = cells.size();
        int[] order = childrenFirstOrder();
        if (order.length == n) {
            return List.of();
        }
        boolean[] done = new boolean[n];
        // cells outside any cycle are exactly those the children-first walk could finish
        int[] pending = new int[n];
        List<List<Integer>> parents = parents();
        ArrayList<Integer> queue = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pending[i] = children[i].length;
            if (pending[i] == 0) {
                queue.add(i);
            }
        }
        for (int q = 0; q < queue.size(); q++) {
            int c = queue.get(q);
            done[c] = true;
            for (int parent : parents.get(c)) {
                if (--pending[parent] == 0) {
                    queue.add(parent);
                }
            }
        }
        int start = 0;
        while (done[start]) {
            start++;
        }
        // every unfinished cell has an unfinished child; walking them must revisit a cell
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int c = start;
        while (seenAt[c] < 0) {
            seenAt[c] = walk.size();
            walk.add(c);
            int next = -1;
            for (int k : children[c]) {
                if (!done[k]) {
                    next = k;
                    break;
                }
            }
            c = next;
        }
        List<String> names = new ArrayList<>();
        for (int i = seenAt[c]; i < walk.size(); i++) {
            names.add(cells.get(walk.get(i)).name());
        }
        names.add(cells.get(c).name());
        return names;
    }

    private List<List<Integer>> parents() {
        List<List<Integer>> parents = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            parents.add(new ArrayList<>(2));
        }
        for (int i = 0; i < cells.size(); i++) {
            for (int c : children[i]) {
                parents.get(c).add(i);
            }
        }
        return parents;
    }
}
