package com.pilotledger.app.backup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/** Administrators back up the embedded store while the application runs (PostgreSQL: pg_dump, refused here). */
@RestController
@Tag(name = "Operations")
public class BackupController {

    private final OnlineBackup backup;

    public BackupController(OnlineBackup backup) {
        this.backup = backup;
    }

    @PostMapping("/api/operations/backups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Back up the embedded store now: a zip in the backup folder, its name and size (409 on PostgreSQL)")
    public BackupFile take(Principal administrator) {
        return backup.take(administrator.getName());
    }
}
