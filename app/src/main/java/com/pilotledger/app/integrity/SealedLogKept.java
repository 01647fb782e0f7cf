package com.pilotledger.app.integrity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a bean of the sealed log (sealing, signing, verification, evidence packs), which exists only while the application
 * keeps it: always on the database's event store, never over Axon Server ({@link SealedLogCheck}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(name = SealedLogKept.SWITCH, havingValue = "true", matchIfMissing = true)
public @interface SealedLogKept {

    String SWITCH = "pilot-ledger.integrity.sealed-log";
}
