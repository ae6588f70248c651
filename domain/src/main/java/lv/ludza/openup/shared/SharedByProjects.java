package lv.ludza.openup.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity: records every project shares (suppliers, thresholds, per-diem rates, asset categories, users),
 * readable by every user. On a service or one of its methods: what it returns is such shared data, so it is not
 * scoped by project.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface SharedByProjects {
}
