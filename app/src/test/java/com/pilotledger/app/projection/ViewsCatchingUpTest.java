package com.pilotledger.app.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ViewsCatchingUpTest {

    private final ProjectionCatchUp projections = mock(ProjectionCatchUp.class);
    private final ViewsCatchingUp catchingUp = new ViewsCatchingUp(projections);

    @Test
    void currentViewsShowEverything() {
        when(projections.current()).thenReturn(true);
        assertThat(catchingUp.current()).isEmpty();
    }

    @Test
    void viewsBehindTheStoreSayHowFarTheSlowestHandlerHasCome() {
        when(projections.current()).thenReturn(false);
        when(projections.headPosition()).thenReturn(120L);
        when(projections.slowestPosition()).thenReturn(45L);
        assertThat(catchingUp.current()).hasValueSatisfying(progress ->
                assertThat(progress.label()).isEqualTo("45 of 120 events applied to the views"));
    }

    @Test
    void aLoadAtStartUpCountsItsStepsEvenWhileTheViewsAreCurrentAndEndsWhenClosed() {
        when(projections.current()).thenReturn(true);
        try (ViewsCatchingUp.Load load = catchingUp.loading(12, "pilots of the demo portfolio loaded")) {
            assertThat(catchingUp.current()).hasValueSatisfying(progress ->
                    assertThat(progress.label()).isEqualTo("0 of 12 pilots of the demo portfolio loaded"));
            load.advanced(5);
            assertThat(catchingUp.current()).hasValueSatisfying(progress ->
                    assertThat(progress.label()).isEqualTo("5 of 12 pilots of the demo portfolio loaded"));
        }
        assertThat(catchingUp.current()).isEmpty();
    }
}
