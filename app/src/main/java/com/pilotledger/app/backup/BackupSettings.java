package com.pilotledger.app.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the embedded store's online backups go ({@code pilot-ledger.backups.*}, docs/operations.md "Backup and
 * restore").
 *
 * @param folder the folder the backup zips are written to; kept outside the data folder, so that the data folder can
 *               be replaced by a backup's contents without touching the backups
 */
@ConfigurationProperties("pilot-ledger.backups")
public record BackupSettings(Path folder) {
}
