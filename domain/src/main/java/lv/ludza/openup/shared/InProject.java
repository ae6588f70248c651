package lv.ludza.openup.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The project a record belongs to, as a path from the record to the project's id (JPQL, e.g.
 * {@code partner.project.id}; {@code id} for the project itself). Every read is scoped by it: a user sees only the
 * records of the projects their organisation takes part in. An entity carries this, {@link OwnedBy} or
 * {@link SharedByProjects}; a test checks that every entity says which.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InProject {

    /** The path from the record to its project's id; a null along the way means a record no project owns. */
    String value();

    /**
     * The same project kept on the record's own row (a copy of {@link #value()}'s end, e.g. {@code project.id}), which
     * the lists filter and sort by, so that a project's list is read in order from one index; empty for none. The
     * scope checks of records handed in and returned follow {@link #value()}: where the record's relations point now.
     */
    String stored() default "";
}
