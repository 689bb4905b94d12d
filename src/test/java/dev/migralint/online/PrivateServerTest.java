package dev.migralint.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PrivateServerTest {

    @Test
    void aMissingServerSkipsTheTestSayingWhyButFailsItOnCi() {
        Throwable thrown = catchThrowable(() -> PrivateServer.requireInstalled(false, "Xdb", "apt-get install xdb"));

        if ("true".equals(System.getenv("CI"))) {
            assertThat(thrown).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Xdb is not installed").hasMessageContaining("CI=true");
        } else {
            assertThat(thrown).isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("Xdb is not installed").hasMessageContaining("apt-get install xdb");
        }
    }

    @Test
    void anInstalledServerIsNotInTheWay() {
        PrivateServer.requireInstalled(true, "Xdb", "apt-get install xdb");
    }
}
