package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;

import org.hibernate.proxy.HibernateProxy;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.RecordProbe;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.OwnedBy;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.RecordKind;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * The project scope, for every service method there is (found in the EJB module's JNDI names, so a new service or
 * method is checked without being listed here): called as a user whose organisation is not in the demo's second
 * project READ ON, with the ids and records of READ ON, every read is refused ({@link AccessRefused}), and so is
 * every write; called as a user of READ ON with the same arguments, none is refused for scope. Reads that take no
 * record (the caller's own projects) return nothing of READ ON.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeIT {

    private static final String SECOND_PROJECT = "READ-2020";
    /** Rokiškis staff: Rokiškis is not a partner of READ ON. */
    private static final String OUTSIDER = "staff.lt";
    /** Rokiškis accountant, for the writes only accountants may make. */
    private static final String OUTSIDE_ACCOUNTANT = "accountant.lt";
    /** Ludza staff: Ludza leads READ ON. */
    private static final String INSIDER = "staff";

    private static final Pattern ID_NAME = Pattern.compile("ids?|.*Ids?");

    /** Arguments that are not ids but still name a record of READ ON. */
    private static final Map<String, Object> BY_NAME = Map.of("InventoryService.findByNumber", "LUD-2020-0001");

    private AsUser as;
    private RecordProbe probe;
    private long readOn;

    @BeforeEach
    void lookUp() {
        as = Services.lookup(AsUser.class);
        probe = Services.lookup(RecordProbe.class);
        readOn = probe.projectId(SECOND_PROJECT);
    }

    @Test
    void everyEntitySaysWhichProjectItBelongsTo() {
        Set<String> undeclared = new TreeSet<>();
        for (Class<?> type : probe.entityClasses()) {
            if (!type.isAnnotationPresent(InProject.class) && !type.isAnnotationPresent(OwnedBy.class)
                    && !type.isAnnotationPresent(SharedByProjects.class)) {
                undeclared.add(type.getName());
            }
        }
        assertEquals(Set.of(), undeclared, "entities without @InProject, @OwnedBy or @SharedByProjects");
    }

    @Test
    void everyIdAServiceTakesSaysWhatItIsTheIdOf() throws Exception {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> service : services()) {
            for (Method method : publicMethods(service)) {
                for (Parameter parameter : method.getParameters()) {
                    boolean idType = parameter.getType() == long.class || parameter.getType() == Long.class
                            || Collection.class.isAssignableFrom(parameter.getType());
                    if (idType && ID_NAME.matcher(parameter.getName()).matches()
                            && !parameter.isAnnotationPresent(RecordId.class)) {
                        undeclared.add(service.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), undeclared, "ids without @RecordId: the project scope cannot check them");
    }

    @Test
    void everyReadIsRefusedToAUserOutsideTheRecordsProject() throws Exception {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Class<?> service : services()) {
            Object bean = InitialContext.doLookup("java:global/openup/openup-ejb/" + service.getSimpleName());
            for (Method method : publicMethods(service)) {
                if (shared(service, method) || !allows(service, method, Role.AUDITOR_ROLE)) {
                    continue;
                }
                String name = service.getSimpleName() + "." + method.getName();
                Object[] arguments = arguments(name, method);
                Outcome outsider = call(OUTSIDER, bean, method, arguments);
                if (outsider.refusedForScope()) {
                    refused++;
                } else if (aimsAtARecord(name, method)) {
                    failures.add(name + " as " + OUTSIDER + ": " + outsider);
                } else if (outsider.failure() == null && !readOnIn(outsider.result()).isEmpty()) {
                    failures.add(name + " returned READ ON records to " + OUTSIDER + ": " + readOnIn(outsider.result()));
                }
                Outcome insider = call(INSIDER, bean, method, arguments);
                if (insider.refusedForScope()) {
                    failures.add(name + " refused " + INSIDER + " who takes part in READ ON: " + insider);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(refused > 80, "reads refused: " + refused);
    }

    @Test
    void everyWriteIsRefusedToAUserOutsideTheRecordsProject() throws Exception {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Class<?> service : services()) {
            Object bean = InitialContext.doLookup("java:global/openup/openup-ejb/" + service.getSimpleName());
            for (Method method : publicMethods(service)) {
                String name = service.getSimpleName() + "." + method.getName();
                if (shared(service, method) || allows(service, method, Role.AUDITOR_ROLE)
                        || !aimsAtARecord(name, method)) {
                    continue;
                }
                String outsider = allows(service, method, Role.STAFF_ROLE) ? OUTSIDER
                        : allows(service, method, Role.ACCOUNTANT_ROLE) ? OUTSIDE_ACCOUNTANT : null;
                if (outsider == null) {
                    continue; // only the coordinator and the administrator, who see every project of theirs
                }
                Outcome outcome = call(outsider, bean, method, arguments(name, method));
                if (outcome.refusedForScope()) {
                    refused++;
                } else {
                    failures.add(name + " as " + outsider + ": " + outcome);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(refused > 40, "writes refused: " + refused);
    }

    /** The application's services: every EJB of the module whose methods are secured by role. */
    private static List<Class<?>> services() throws NamingException, ClassNotFoundException {
        List<Class<?>> services = new ArrayList<>();
        NamingEnumeration<NameClassPair> names = new InitialContext().list("java:global/openup/openup-ejb");
        while (names.hasMore()) {
            String name = names.next().getName();
            int bang = name.indexOf('!');
            if (bang < 0) {
                continue;
            }
            Class<?> type = Class.forName(name.substring(bang + 1), false, ScopeIT.class.getClassLoader());
            if (type.isAnnotationPresent(RolesAllowed.class)) {
                services.add(type);
            }
        }
        services.sort((a, b) -> a.getName().compareTo(b.getName()));
        assertTrue(services.size() >= 20, "services found: " + services);
        return services;
    }

    private static List<Method> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic())
                .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private static boolean shared(Class<?> service, Method method) {
        return service.isAnnotationPresent(SharedByProjects.class) || method.isAnnotationPresent(SharedByProjects.class);
    }

    /** Whether an argument names a record (an id, a record, a list's project, a key) that READ ON's can be put in. */
    private static boolean aimsAtARecord(String name, Method method) {
        return BY_NAME.containsKey(name) || Arrays.stream(method.getParameters())
                .anyMatch(p -> p.isAnnotationPresent(RecordId.class) || BaseEntity.class.isAssignableFrom(p.getType())
                        || p.getType() == Map.class || p.getType() == PageRequest.class);
    }

    private Object[] arguments(String name, Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(name, parameters[i]);
        }
        return arguments;
    }

    /** A value of READ ON for each argument that can name a record; a harmless one for the others. */
    private Object argument(String name, Parameter parameter) {
        Class<?> type = parameter.getType();
        RecordId id = parameter.getAnnotation(RecordId.class);
        if (id != null) {
            long recordId = recordOf(id.value() == BaseEntity.class ? Invoice.class : id.value());
            return Set.class.isAssignableFrom(type) ? Set.of(recordId)
                    : Collection.class.isAssignableFrom(type) ? List.of(recordId) : recordId;
        }
        if (BY_NAME.containsKey(name) && type == String.class) {
            return BY_NAME.get(name);
        }
        if (BaseEntity.class.isAssignableFrom(type)) {
            return probe.find(type, recordOf(type));
        }
        if (type == Map.class) {
            return Map.of(PageRequest.PROJECT, String.valueOf(readOn));
        }
        if (type == PageRequest.class) {
            return new PageRequest(0, 10, null, true, Map.of(PageRequest.PROJECT, String.valueOf(readOn)));
        }
        if (type == Class.class) {
            return Invoice.class;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            if (RecordKind.class.isAssignableFrom(type)) {
                return Arrays.stream(constants).filter(c -> ((RecordKind) c).type() == Invoice.class).findFirst()
                        .orElseThrow();
            }
            return type == Country.class ? Country.LV : constants[0];
        }
        return harmless(type);
    }

    private static Object harmless(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "x";
        }
        if (type == char[].class) {
            return "x".toCharArray();
        }
        if (type == byte[].class) {
            return "x".getBytes();
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2020, 10, 15);
        }
        if (type == Money.class) {
            return Money.eur("1.00");
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == Consumer.class) {
            return (Consumer<Object>) ignored -> { };
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        return null;
    }

    /** A record of this type in READ ON (one every project shares, for types no project owns). */
    private long recordOf(Class<?> type) {
        if (type.isAnnotationPresent(InProject.class)) {
            return probe.anyIn(type, readOn)
                    .orElseThrow(() -> new AssertionError("the demo's READ ON has no " + type.getSimpleName()));
        }
        return probe.any(type).orElseThrow(() -> new AssertionError("the demo has no " + type.getSimpleName()));
    }

    private Outcome call(String user, Object bean, Method method, Object[] arguments) {
        try {
            return new Outcome(as.call(user, () -> {
                try {
                    return method.invoke(bean, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }), null);
        } catch (Exception e) {
            return new Outcome(null, e);
        }
    }

    /** The READ ON records in what a call returned. */
    private List<String> readOnIn(Object result) {
        List<Object> records = new ArrayList<>();
        collect(result, records, 0);
        List<String> found = new ArrayList<>();
        for (Object record : records) {
            Class<?> type = record instanceof HibernateProxy proxy
                    ? proxy.getHibernateLazyInitializer().getPersistentClass() : record.getClass();
            if (type.isAnnotationPresent(InProject.class) && record instanceof BaseEntity entity
                    && Long.valueOf(readOn).equals(probe.projectOf(type, entity.getId()))) {
                found.add(type.getSimpleName() + " #" + entity.getId());
            }
        }
        return found;
    }

    private static void collect(Object value, List<Object> records, int depth) {
        if (value == null || depth > 3) {
            return;
        }
        Class<?> type = value instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : value.getClass();
        if (type.isAnnotationPresent(Entity.class)) {
            records.add(value);
        } else if (value instanceof Optional<?> optional) {
            collect(optional.orElse(null), records, depth);
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, records, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                collect(key, records, depth + 1);
                collect(element, records, depth + 1);
            });
        } else if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    collect(component.getAccessor().invoke(value), records, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static boolean allows(Class<?> service, Method method, String role) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = service.getAnnotation(RolesAllowed.class);
        }
        return allowed != null && Arrays.asList(allowed.value()).contains(role);
    }

    /** What a call did: returned something, or threw. */
    private record Outcome(Object result, Exception failure) {

        boolean refusedForScope() {
            return failure instanceof AccessRefused refused && "error.otherProject".equals(refused.getKey());
        }

        @Override
        public String toString() {
            return failure == null ? "returned " + abbreviated(result) : "threw " + failure;
        }

        private static String abbreviated(Object result) {
            String text = String.valueOf(result);
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }
    }
}
