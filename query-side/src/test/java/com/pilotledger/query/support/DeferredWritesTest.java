package com.pilotledger.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a batch's deferred write fails, the batch's events are written at once the next time, then deferred again. */
class DeferredWritesTest {

    private final List<List<String>> written = new ArrayList<>();
    private boolean refuse = true;
    private final DeferredWrites<List<String>> writes = new DeferredWrites<>(ArrayList::new, rows -> {
        if (refuse) {
            throw new IllegalStateException("refused");
        }
        written.add(rows);
    });

    @Test
    void aBatchWhoseWriteFailedIsWrittenAtOnceWhenTriedAgainAndDeferredOnceItCommitted() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("event");
        assertThat(writes.collecting()).as("outside a unit of work").isNull();

        UnitOfWork<?> first = DefaultUnitOfWork.startAndGet(event);
        writes.collecting().add("row");
        assertThat(writes.collecting()).containsExactly("row");
        assertThatThrownBy(first::commit).hasMessage("refused");

        UnitOfWork<?> retry = DefaultUnitOfWork.startAndGet(event);
        assertThat(writes.collecting()).as("the retry writes at once").isNull();
        retry.commit();

        refuse = false;
        UnitOfWork<?> next = DefaultUnitOfWork.startAndGet(event);
        writes.collecting().add("again");
        next.commit();
        assertThat(written).containsExactly(List.of("again"));

        UnitOfWork<?> other = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("other"));
        assertThat(writes.collecting()).as("another batch never failed").isNotNull();
        other.rollback();
    }
}
