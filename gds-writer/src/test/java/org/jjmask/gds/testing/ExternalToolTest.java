package org.jjmask.gds.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ExternalToolTest {

    private final String saved = System.getProperty(ExternalTool.REQUIRED_PROPERTY);

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(ExternalTool.REQUIRED_PROPERTY);
        } else {
            System.setProperty(ExternalTool.REQUIRED_PROPERTY, saved);
        }
    }

    @Test
    void missingToolSkipsByDefault() {
        System.setProperty(ExternalTool.REQUIRED_PROPERTY, "false");
        assertThat(ExternalTool.find("jjmask-no-such-tool")).isEmpty();
        assertThatThrownBy(() -> ExternalTool.require("jjmask-no-such-tool", "install it"))
            .isInstanceOf(TestAbortedException.class).hasMessageContaining("jjmask-no-such-tool not installed");
    }

    @Test
    void missingToolFailsWhenRequired() {
        System.setProperty(ExternalTool.REQUIRED_PROPERTY, "true");
        assertThatThrownBy(() -> ExternalTool.require("jjmask-no-such-tool", "install it"))
            .isInstanceOf(AssertionFailedError.class).hasMessageContaining("jjmask-no-such-tool");
        assertThatThrownBy(() -> ExternalTool.requirePythonModule("jjmask_no_such_module", "pip it"))
            .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void runCapturesExitCodeAndBothStreams() throws IOException {
        ExternalTool.Result r = ExternalTool.run(Duration.ofSeconds(30), "sh", "-c", "echo out; echo err >&2; exit 3");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stdout()).isEqualTo("out\n");
        assertThat(r.stderr()).isEqualTo("err\n");
        assertThat(r.ok()).isFalse();
    }

    @Test
    void runKillsWhatOverstaysItsTimeout() {
        assertThatThrownBy(() -> ExternalTool.run(Duration.ofMillis(300), "sleep", "30"))
            .isInstanceOf(AssertionFailedError.class).hasMessageContaining("did not finish");
    }
}
