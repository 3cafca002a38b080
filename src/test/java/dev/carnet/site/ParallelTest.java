package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Work on the cores that fails as a loop would: with the first failure in order. */
class ParallelTest {

    /**
     * Every later item failing first must neither hide the first item's failure nor stop it
     * running once a thread has taken it (a build then named the wrong one of two broken pages).
     */
    @Test
    void theFailureReportedIsTheFirstInOrderWhicheverFailsFirst() {
        List<Integer> items = IntStream.range(0, 16).boxed().toList();
        for (int round = 0; round < 20; round++) {
            assertThatThrownBy(() -> Parallel.map(items, item -> {
                if (item == 0) {
                    sleep(20);
                }
                throw new IllegalStateException("item " + item);
            })).hasMessage("item 0");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
