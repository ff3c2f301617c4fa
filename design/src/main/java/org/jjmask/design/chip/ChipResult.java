package org.jjmask.design.chip;

import java.util.List;
import org.jjmask.design.DesignResult;
import org.jjmask.layout.Annotations;

/**
 * A chip designed: every device's design pass (in the chip's device order), where each sits, the
 * die's own labels (device labels and title) and marks in chip coordinates, and the die's design
 * rule violations. Nothing in it has been written to a file.
 */
public record ChipResult(ChipSpec spec, List<DesignResult> devices, List<Placement> placements, Annotations annotations,
        List<ChipViolation> violations) {

    public ChipResult {
        devices = List.copyOf(devices);
        placements = List.copyOf(placements);
        violations = List.copyOf(violations);
    }

    public long holes() {
        return devices.stream().mapToLong(DesignResult::holes).sum();
    }

    public double exposedAreaNm2() {
        return devices.stream().mapToDouble(DesignResult::exposedAreaNm2).sum();
    }

    public double writeTimeS() {
        return devices.stream().mapToDouble(DesignResult::writeTimeS).sum();
    }

    /** Whether every device passes its own rules and the die passes its. */
    public boolean clean() {
        return violations.isEmpty() && devices.stream().allMatch(d -> d.drc().isEmpty());
    }

    /** The die's violations that concern device {@code id}. */
    public List<ChipViolation> violationsOf(String id) {
        return violations.stream().filter(v -> v.device().equals(id)).toList();
    }
}
