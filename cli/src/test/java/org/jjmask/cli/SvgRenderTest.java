package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previews as a real SVG renderer (librsvg's rsvg-convert) draws them: the device's film and
 * holes are visible and the outline's stroke is a thin line, not a flood (it was 132.5 µm wide in a
 * 106 µm view).
 */
class SvgRenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"nickelate-hallbar", "nb-bridge", "nickelate-corbino"})
    void thePreviewsShowTheDeviceUnderAThinOutline(String example, @TempDir Path dir) throws Exception {
        Path rsvg = ExternalTool.require("rsvg-convert", "apt-get install librsvg2-bin");
        CliTest.Run r = CliTest.run("design", SchemaTest.EXAMPLES.resolve(example + ".yaml").toString(), "-o",
                dir.toString(), "-q", "--formats", "gds");
        assertThat(r.code()).as(r.err()).isIn(0, 3);
        BufferedImage device = render(rsvg, dir.resolve(example + ".svg"), dir.resolve("d.png"));
        double stroke = strokeShare(device);
        double film = share(device, 0xdce6ff) + share(device, 0xffd0d0);
        assertThat(stroke).as("outline stroke").isGreaterThan(0).isLessThan(0.05);
        assertThat(film + redShare(device)).as("film, fill area and holes").isGreaterThan(0.05);
        BufferedImage cell = render(rsvg, dir.resolve(example + ".cell.svg"), dir.resolve("c.png"));
        assertThat(redShare(cell)).as("holes of the unit cell").isBetween(0.05, 0.95);
        assertThat(share(cell, 0xdce6ff)).as("film of the unit cell").isGreaterThan(0.05);
    }

    private static BufferedImage render(Path rsvg, Path svg, Path png) throws Exception {
        ExternalTool.Result r = ExternalTool.run(Duration.ofSeconds(60), rsvg.toString(), "-w", "800", "-b", "white",
                "-o", png.toString(), svg.toString());
        assertThat(r.ok()).as(r.describe()).isTrue();
        BufferedImage img = ImageIO.read(Files.newInputStream(png));
        assertThat(img.getWidth()).isEqualTo(800);
        return img;
    }

    /** The share of pixels within a small distance of {@code rgb} (antialiased edges blend). */
    private static double share(BufferedImage img, int rgb) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (close(img.getRGB(x, y), rgb, 24)) {
                    n++;
                }
            }
        }
        return (double) n / ((long) img.getWidth() * img.getHeight());
    }

    /** The outline's stroke (#4080ff, antialiased): pixels far bluer than red, which the pale film (#dce6ff) is not. */
    private static double strokeShare(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if ((p & 0xff) - (p >> 16 & 0xff) > 80) {
                    n++;
                }
            }
        }
        return (double) n / ((long) img.getWidth() * img.getHeight());
    }

    /** Holes: red-dominant pixels (#ff3030, alone or 60 % over the fill area). */
    private static double redShare(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                int r = p >> 16 & 0xff;
                int g = p >> 8 & 0xff;
                int b = p & 0xff;
                if (r > 200 && g < 140 && b < 140) {
                    n++;
                }
            }
        }
        return (double) n / ((long) img.getWidth() * img.getHeight());
    }

    private static boolean close(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
