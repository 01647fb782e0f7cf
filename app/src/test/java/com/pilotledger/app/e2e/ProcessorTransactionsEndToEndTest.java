package com.pilotledger.app.e2e;

import com.pilotledger.app.axon.AxonMessagingConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a commit waits for. On PostgreSQL the event processors' transactions commit without waiting for the disk, as
 * what they write is written again from the events; the commands' transactions, which append the events, still wait.
 * On H2 the processors use the application's transactions as they are.
 */
class ProcessorTransactionsEndToEndTest extends EndToEndTest {

    private static final String SETTING = "SHOW synchronous_commit";

    @Test
    void onPostgreSqlOnlyTheProcessorsCommitWithoutWaitingForTheDisk() throws MetaDataAccessException {
        JdbcTemplate jdbc = ledger.bean(JdbcTemplate.class);
        TransactionManager commands = ledger.bean(TransactionManager.class);
        TransactionManager readModels = ledger.bean(EventProcessingConfiguration.class)
                .transactionManager(AxonMessagingConfiguration.READ_MODELS);
        TransactionManager authorizations = ledger.bean(EventProcessingConfiguration.class)
                .transactionManager("InvestmentAuthorizationProcessProcessor");

        if (!"PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(ledger.bean(DataSource.class),
                DatabaseMetaData::getDatabaseProductName))) {
            assertThat(readModels).isSameAs(commands);
            return;
        }
        assertThat(readModels.fetchInTransaction(() -> jdbc.queryForObject(SETTING, String.class))).isEqualTo("off");
        assertThat(authorizations.fetchInTransaction(() -> jdbc.queryForObject(SETTING, String.class)))
                .isEqualTo("off");
        assertThat(commands.fetchInTransaction(() -> jdbc.queryForObject(SETTING, String.class))).isEqualTo("on");
        assertThat(commands.fetchInTransaction(() -> readModels.fetchInTransaction(
                () -> jdbc.queryForObject(SETTING, String.class))))
                .as("a processor's transaction that joins a command's leaves it waiting for the disk").isEqualTo("on");
    }
}
