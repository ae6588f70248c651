package lv.ludza.openup.security;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.RecordKind;

/**
 * Every service call is scoped to the projects the caller takes part in, in this one place (a default interceptor
 * of every EJB, bound in ejb-jar.xml, so a new service cannot forget it):
 * <ul>
 * <li>before the call, every {@link RecordId} argument and every record handed in must be in the caller's projects;
 * <li>lists read the caller's projects from {@link CallerScope} and show only their rows;
 * <li>after the call, every record it returns (also inside an {@code Optional}, a collection, a map or a result
 * record) must be in the caller's projects, so a read by another key (an inventory number) is scoped too.
 * </ul>
 * Refused with {@link AccessRefused#otherProject()}. The administrator and the auditor see every project.
 */
public class ProjectScope {

    private static final int RESULT_DEPTH = 3;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private EJBContext context;

    @AroundInvoke
    public Object scoped(InvocationContext invocation) throws Exception {
        String caller = context.getCallerPrincipal().getName();
        boolean everything = context.isCallerInRole(Role.ADMIN_ROLE) || context.isCallerInRole(Role.AUDITOR_ROLE);
        return CallerScope.within(em, caller, everything, scope -> {
            if (scope.seesEverything()) {
                return invocation.proceed();
            }
            checkArguments(invocation.getMethod(), invocation.getParameters(), scope);
            Object result = invocation.proceed();
            List<Object> records = new ArrayList<>();
            collect(result, records, 0);
            scope.requireLoaded(records);
            return result;
        });
    }

    private static void checkArguments(Method method, Object[] arguments, CallerScope scope) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Object argument = arguments[i];
            RecordId id = parameters[i].getAnnotation(RecordId.class);
            if (argument == null) {
                continue;
            }
            if (id != null) {
                Class<?> type = id.value() == BaseEntity.class ? namedType(method, arguments) : id.value();
                scope.requireRecords(type, argument instanceof Collection<?> ids ? ids : List.of(argument));
            } else if (argument instanceof BaseEntity entity) {
                scope.requireEntity(entity);
            }
        }
    }

    /** The record type another argument names: a {@code Class} or a {@link RecordKind}. */
    private static Class<?> namedType(Method method, Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof Class<?> type) {
                return type;
            }
            if (argument instanceof RecordKind kind) {
                return kind.type();
            }
        }
        throw new IllegalStateException(method + ": @RecordId without a type needs a Class or RecordKind argument");
    }

    /** The entities in what a service returns. */
    private static void collect(Object value, List<Object> records, int depth) throws ReflectiveOperationException {
        if (value == null || depth > RESULT_DEPTH || value instanceof Enum<?> || value instanceof CharSequence
                || value instanceof Number) {
            return;
        }
        if (RecordProjects.typeOf(value).isAnnotationPresent(Entity.class)) {
            records.add(value);
        } else if (value instanceof Optional<?> optional) {
            collect(optional.orElse(null), records, depth);
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                collect(element, records, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                collect(entry.getKey(), records, depth + 1);
                collect(entry.getValue(), records, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (Method accessor : COMPONENTS.get(value.getClass())) {
                collect(accessor.invoke(value), records, depth + 1);
            }
        }
    }

    /**
     * A record type's components that may hold an entity (not a text, number, date, enum or amount), found once per
     * type: a list of 2,000 result records is walked without reflecting on each.
     */
    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .filter(component -> mayHoldEntities(component.getType()))
                    .map(component -> {
                        Method accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        return accessor;
                    }).toArray(Method[]::new);
        }
    };

    private static boolean mayHoldEntities(Class<?> type) {
        return !(type.isPrimitive() || type.isEnum() || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type) || java.time.temporal.TemporalAccessor.class.isAssignableFrom(type)
                || type == Boolean.class || type == lv.ludza.openup.shared.Money.class);
    }
}
