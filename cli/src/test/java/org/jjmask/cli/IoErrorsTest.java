package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** I/O failures reach the user in words: what, which file they named, why; no class names, no temporaries. */
class IoErrorsTest {

    @Test
    void anOutputDirectoryThatIsAFileIsInTheWay(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("small.yaml"), CliTest.SMALL);
        Path blocker = Files.writeString(dir.resolve("out"), "not a directory");
        CliTest.Run r = CliTest.run("design", spec.toString(), "-o", blocker.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err().strip()).startsWith("jjmask: cannot write ").contains("small.gds")
                .contains("a file named 'out' is in the way").doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("java.").doesNotContain(".part");
        assertThat(Files.readString(blocker)).isEqualTo("not a directory");
    }

    @Test
    void aStagedTemporaryIsNamedAsTheFileItStandsFor() {
        var e = new AccessDeniedException("/data/run/.nickelate-hallbar.gds.3f2a9c01d4e5b6a7.part");
        assertThat(IoErrors.reason(e)).isEqualTo("permission denied for /data/run/nickelate-hallbar.gds");
        var full = new FileSystemException("/data/run/.x.pdf.00ff.part", null, "No space left on device");
        assertThat(IoErrors.reason(full)).isEqualTo("the disk is full (/data/run/x.pdf)");
        assertThat(IoErrors.describe(new java.io.IOException("broken pipe"))).isEqualTo("I/O error: broken pipe");
    }
}
