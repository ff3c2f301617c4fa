/**
 * GDSII stream model, writer, reader and inspector; integers in database units, no geometry
 * library.
 *
 * <p>Two layers, kept apart like PDFBox's {@code cos} and {@code pdmodel}:
 * <ul>
 *   <li>the byte layer (package-private): {@code RecordType}, {@code RecordWriter},
 *       {@code RecordReader} and the public {@link org.jjmask.gds.Real8} frame, encode and bound
 *       single records and know nothing about cells;</li>
 *   <li>the library layer: {@link org.jjmask.gds.GdsWriter} (streaming, constant memory),
 *       {@link org.jjmask.gds.GdsReader} into {@link org.jjmask.gds.GdsLibrary} /
 *       {@link org.jjmask.gds.GdsCell} / the sealed {@link org.jjmask.gds.GdsElement} family,
 *       and {@link org.jjmask.gds.GdsInspector}, which reports what KLayout reports for the same
 *       file without flattening it.</li>
 * </ul>
 *
 * <p>The element record {@link org.jjmask.gds.Path} shares its simple name with
 * {@code java.nio.file.Path}; import one of them by its full name.
 */
package org.jjmask.gds;
