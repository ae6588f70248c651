package lv.ludza.openup.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service parameter that is the id (or ids) of a record: the caller must take part in the record's project, else
 * the call is refused before the service reads anything ({@link lv.ludza.openup.security.ProjectScope}). Every id a
 * service method takes carries it; ScopeIT fails on one that does not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RecordId {

    /**
     * The record's entity class; {@link BaseEntity} (the default) when another argument of the same call names it (a
     * {@code Class} or a {@link RecordKind}, e.g. what a document is attached to).
     */
    Class<?> value() default BaseEntity.class;
}
