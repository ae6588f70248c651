package lv.ludza.openup.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record that belongs to another record named by its kind and id (a document's access log entry): it is in the
 * project of that record.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnedBy {

    /** The field holding the owner's kind, a {@link RecordKind}. */
    String kind();

    /** The field holding the owner's id. */
    String id();
}
