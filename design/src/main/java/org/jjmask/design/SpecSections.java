package org.jjmask.design;

import java.util.List;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Section;

/** The document: its name and its sections, each declared by its own reader. */
final class SpecSections {

    /** What a name may be: it becomes the stem of every output file. */
    static final String NAME_PATTERN = "[A-Za-z0-9_-]{1,64}";
    static final Key NAME = Key.text("name", "output file stem: letters, digits, _ and -, at most 64")
            .withSchema("{\"pattern\": \"^" + NAME_PATTERN + "$\"}");
    static final Key MATERIAL = Key.section(MaterialSection.SECTION);
    static final Key SUBSTRATE = Key.section(SubstrateSection.SECTION).optional();
    static final Key DEVICE = Key.section(DeviceSection.SECTION);
    static final Key LATTICE = Key.section(LatticeSection.SECTION);
    static final Key FABRICATION = Key.section(FabricationSection.SECTION).optional();
    static final Key CONDITIONS = Key.section(ConditionsSection.SECTION).optional();
    static final Key TARGET = Key.section(TargetSection.SECTION).optional();
    static final Key LABELS = LabelsSection.KEY;
    static final Key MARKS = Key.section(MarksSection.SECTION).optional();
    static final Key MODEL = Key.section(ModelSection.SECTION).optional();
    static final Key EBEAM = Key.section(EbeamSection.SECTION).optional();

    /** The whole design spec. */
    static final Section ROOT = new Section("", "a jjmask design spec", List.of(NAME, MATERIAL, SUBSTRATE, DEVICE,
            LATTICE, FABRICATION, CONDITIONS, TARGET, LABELS, MARKS, MODEL, EBEAM), List.of(), "");

    private SpecSections() {}
}
