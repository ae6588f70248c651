package lv.ludza.openup.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Native SQL rows, for the statements JPQL cannot say (derived tables, unions across record kinds), and their values
 * as the drivers give them: a timestamp with time zone is an {@link OffsetDateTime} on H2 and PostgreSQL through
 * Hibernate 6, a {@link java.sql.Timestamp} through older paths; a date a {@link LocalDate} or a {@link java.sql.Date}.
 */
public final class NativeRows {

    private NativeRows() {
    }

    /** The rows of a native statement, its parameters bound as ?1, ?2, … */
    @SuppressWarnings("unchecked")
    public static List<Object[]> of(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }

    /** The day in Riga of a timestamp value. */
    public static LocalDate dayOf(Object value) {
        Instant instant = instant(value);
        return instant == null ? null : instant.atZone(ProjectTime.ZONE).toLocalDate();
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }

    public static long id(Object value) {
        return ((Number) value).longValue();
    }
}
