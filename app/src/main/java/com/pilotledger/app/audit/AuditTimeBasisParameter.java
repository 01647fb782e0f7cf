package com.pilotledger.app.audit;

import com.pilotledger.api.audit.AuditTimeBasis;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Reads {@code timeBasis=business|recorded} (any case) in the API, the export and the audit page; any other value is a
 * type mismatch, answered with a problem (400).
 */
@Component
public class AuditTimeBasisParameter implements Converter<String, AuditTimeBasis> {

    @Override
    public AuditTimeBasis convert(String value) {
        return AuditTimeBasis.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
