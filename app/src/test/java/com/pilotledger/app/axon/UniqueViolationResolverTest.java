package com.pilotledger.app.axon;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueViolationResolverTest {

    private final UniqueViolationResolver resolver = new UniqueViolationResolver();

    @Test
    void recognisesAUniqueViolationBySqlState() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("duplicate key", "23505"))).isTrue();
    }

    @Test
    void recognisesItAsTheNextExceptionOfAJdbcBatch() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "XX000", new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void anyOtherFailureIsNotAConcurrencyConflict() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
