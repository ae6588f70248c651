package lv.ludza.openup.shared;

import java.lang.reflect.Field;

/** Gives an entity an id in unit tests, as the database would. */
public final class Ids {

    private Ids() {
    }

    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
