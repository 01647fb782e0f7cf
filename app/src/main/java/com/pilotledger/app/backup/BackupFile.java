package com.pilotledger.app.backup;

import java.time.Instant;

/** A backup of the embedded store: the zip's name in the backup folder, its size in bytes, and when it was taken. */
public record BackupFile(String name, long size, Instant takenAt) {
}
